# METI / IPA Cybersecurity Management Guidelines Ver 1.1 (8 December 2016), in Mamori's own words.
# The labels below are Mamori's plain labels, not the official English titles of the 2016 edition.
# Crosswalk notes ("-cw-note") explain where each topic sits in the 2023 edition (Ver 3.0).
# The mapping is Mamori's own reading: METI has not published an official correspondence table.

## The four groups

csm11-g1-title = Show leadership and build the structure
csm11-g2-title = Decide how cyber risk is managed
csm11-g3-title = Prevent attacks before they happen
csm11-g4-title = Prepare for the day an attack succeeds

## The ten items

csm11-i1-title = Recognise cyber risk and set a company-wide response
csm11-i2-title = Build a structure to manage cyber risk
csm11-i3-title = Understand your risks, set the security level to reach, and make goals and plans
csm11-i4-title = Run the measures through a PDCA cycle and disclose their status
csm11-i5-title = Measures and oversight at group companies and supply-chain partners
csm11-i6-title = Secure budget and people, and develop their skills
csm11-i7-title = Decide what IT management to outsource, and keep that contractor secure
csm11-i8-title = Join information-sharing groups to learn about attacks and put it to use
csm11-i9-title = Set up emergency response and run regular, realistic drills
csm11-i10-title = Know whom to notify and what to disclose after damage, and prepare the owner to explain

## Where each item went in the 2023 edition (Mamori's reading)

csm11-i1-cw-note = This continues as Direction 1, whose title now speaks of setting a response policy for the whole organisation.
csm11-i2-cw-note = This continues as Direction 2 with the same theme: building the structure that manages cyber risk.
csm11-i3-cw-note = Finding risks and planning became Direction 4, while putting the measures into practice, with attack detection added in 2017, sits in Direction 5.
csm11-i4-cw-note = The PDCA cycle continues as Direction 6; part of the practical work fits Direction 5, and disclosing the status seems to have moved partly to Direction 10.
csm11-i5-cw-note = Group companies and business partners are now covered by Direction 9, which looks at the whole supply chain.
csm11-i6-cw-note = Budget and people moved up into the first group as Direction 3, next to policy and structure.
csm11-i7-cw-note = Outsourced IT management appears to be folded into Direction 9, which names contractors as part of the supply chain.
csm11-i8-cw-note = Information sharing continues in Direction 10, which in the 2023 edition seems to cover gathering, sharing and disclosing information.
csm11-i9-cw-note = Emergency response and drills correspond to Direction 7.
csm11-i10-cw-note = Reporting after damage fits Direction 7 and disclosure to stakeholders fits Direction 10; this split is our own reading.
