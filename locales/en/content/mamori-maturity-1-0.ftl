# Mamori's own maturity check, based on METI's Cybersecurity Management Guidelines Ver 3.0.

mat-title = Mamori security maturity check
mat-intro = Here are 40 statements, four for each of the ten directions in METI's Cybersecurity Management Guidelines (Ver 3.0). For each one, choose how far your company has got. The four statements for a direction go from the basics to regular review, so answering "Not started" for the later ones is normal at first. If you're not sure, choose "Don't know" and Mamori will add it to your list of things to find out.
mat-disclaimer = This is Mamori's own check, written by us based on METI's guideline. It is not IPA's Cybersecurity Management Visualization Tool (サイバーセキュリティ経営可視化ツール), the self-check IPA provides for the guideline: we did not reproduce that tool's 40 questions or its answer scale, so our scores can't be compared with its results. METI and IPA did not write or check this assessment.
mat-score-explain = Each direction gets a score from 0 to 100 %. We add up the points for its four answers and show them as a percentage of the maximum, 12 points (four statements × 3 points). "Don't know" earns no points, so it keeps the score down until you find out the answer.

mat-scale-not-started = Not started
mat-scale-not-started-hint = We haven't done this yet, or we've only talked about it.
mat-scale-partly = Partly
mat-scale-partly-hint = Some of it is done, or it's done only for some people, teams or PCs.
mat-scale-in-place = In place
mat-scale-in-place-hint = It's done across the whole company, and we could show it: a document, a setting or a record.
mat-scale-reviewed = Reviewed and improved
mat-scale-reviewed-hint = It's in place, and within the last year we've checked how well it works and made improvements.
mat-scale-dont-know = Don't know
mat-scale-dont-know-hint = You're not sure. That's fine: it earns no points, and Mamori adds it to your follow-up list so you can ask someone who knows.

## Direction 1: recognise cyber risk and set a company-wide policy
mat-d1-q1 = The owner treats cyber attacks and data leaks as a business risk, in the same way as fire, fraud or losing a major customer.
mat-d1-q2 = We have a written security policy that the owner has signed.
mat-d1-q3 = Every employee has been told what the policy says, and new staff hear about it when they join.
mat-d1-q4 = The owner rereads the policy at least once a year and updates it when the business or the threats change.

## Direction 2: who is responsible
mat-d2-q1 = One named person is in charge of security day to day, and everyone in the company knows who it is.
mat-d2-q2 = It is written down who decides what in security: for example, who may take a PC or a service offline during an attack without waiting for approval.
mat-d2-q3 = The security lead reports to the owner at fixed times, for example at the monthly management meeting.
mat-d2-q4 = The security lead has a named deputy, and we revisit these roles at least once a year and whenever someone leaves or changes jobs.

## Direction 3: budget and people
mat-d3-q1 = Each year we set aside a budget for security, even a small one, for things like software updates, backups and protection tools.
mat-d3-q2 = The security lead has working time set aside for it, not just "when there's a spare moment".
mat-d3-q3 = All staff get security training at least once a year, for example a short session on spotting fake e-mails.
mat-d3-q4 = What we can't do ourselves is handled by an IT contractor or service under a clear agreement, and each year we check whether our budget, time and outside help are still enough.

## Direction 4: know the risks and plan
mat-d4-q1 = We have a list of our important information and IT (customer list, accounting data, PCs, cloud services, website) with the person responsible for each.
mat-d4-q2 = For each item on that list, we have thought through what could go wrong (ransomware, a lost laptop, an e-mail sent to the wrong person) and how badly it would hurt the business.
mat-d4-q3 = We have a written plan that says which risks we reduce and how, which we pass on through insurance or contracts, and which we knowingly accept.
mat-d4-q4 = We update the list and the plan at least once a year, and whenever we start using a new system or service.

## Direction 5: protect and detect
mat-d5-q1 = All our PCs, phones and servers install updates promptly and have anti-virus protection switched on.
mat-d5-q2 = Everyone has their own account with a strong password, uses two-step verification wherever it's offered, and can open only the data they need for their job.
mat-d5-q3 = We would notice an attack: someone looks at the warnings from our anti-virus software, router and cloud services, and staff know to report anything odd at once.
mat-d5-q4 = At least once a year we check that our protection really works (no PC left without updates, no accounts of former staff still open) and fix what we find.

## Direction 6: keep improving (plan, do, check, act)
mat-d6-q1 = We check our security at fixed times, for example with IPA's 5-minute self-check or with this check.
mat-d6-q2 = The results of each check are written down and reported to the owner.
mat-d6-q3 = Each gap we find becomes a task with a person and a deadline, and we follow it up until it's done.
mat-d6-q4 = We compare each check with the previous one to see whether we are really improving, and change our approach when we aren't.

## Direction 7: emergency response
mat-d7-q1 = Staff know to report a possible incident straight away (a strange e-mail, files that won't open, a lost phone) and who to tell, and they know nobody will be blamed for reporting.
mat-d7-q2 = We keep an up-to-date list of who to call in an emergency: the owner, the security lead, our IT contractor, and outside contacts such as the police and IPA.
mat-d7-q3 = We have written first steps for an incident: who leads, how to disconnect, how to keep evidence, and who contacts customers and the authorities.
mat-d7-q4 = At least once a year we rehearse an incident, even as a one-hour talk-through around a table, and improve our first steps afterwards.

## Direction 8: keep the business running and recover
mat-d8-q1 = Important data is backed up regularly, and at least one copy is kept where ransomware on our network can't reach it (unplugged, or in a separate service).
mat-d8-q2 = We've decided which work must restart first after an attack, and by when: for example, invoicing within two days.
mat-d8-q3 = We have written recovery steps for our most important systems, and it's clear who carries them out, our staff or our contractor.
mat-d8-q4 = We have actually tried restoring from a backup, and our recovery plan fits with our other emergency plans, such as for earthquakes; we check both every year.

## Direction 9: partners and contractors
mat-d9-q1 = We know which outside companies handle our data or run our IT: our IT contractor, cloud services, accounting or payroll office, and so on.
mat-d9-q2 = Our contracts with them say who is responsible for what in security, including how quickly they must tell us about an incident.
mat-d9-q3 = We have checked how our main contractors protect our data, for example by asking about their measures or whether they have made a SECURITY ACTION declaration.
mat-d9-q4 = Each year we review our list of contractors and their security, and we help the smaller partners we work closely with to keep up.

## Direction 10: gather, share and disclose information
mat-d10-q1 = Someone regularly follows reliable security news and warnings, for example from IPA or JPCERT/CC, and picks out what matters to us.
mat-d10-q2 = We pass on what we learn to staff, for example a short note about a new kind of fake e-mail going around.
mat-d10-q3 = We swap information with others, such as our industry association, local business groups or business partners, and share our own experiences too.
mat-d10-q4 = We can show customers and partners how we handle security (for example a published policy), and we have decided in advance how we would tell them if an incident affected them.
