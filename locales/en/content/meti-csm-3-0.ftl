# METI / IPA Cybersecurity Management Guidelines Ver 3.0 (24 March 2023), in Mamori's own words.
# All titles below are Mamori's plain renderings, not official English titles (no official English
# edition of Ver 3.0 is known). The official Japanese titles are stored in the TOML as official_ja.
# "Owner" = the executive (経営者); "security lead" = the person the guideline calls CISO等.
# Steps and stories are Mamori's practical advice for firms of 10–50 people.

## The three principles every owner should keep in mind

csm-p1-title = Cyber risk is a business risk, and the owner leads
csm-p1-body = Treat cyber attacks and data leaks as one of the main risks to your business, next to fire, bad debts or losing a key customer. Lead the response yourself instead of leaving it all to staff or your IT contractor. Some risk always remains, and deciding how much is acceptable, and bringing it down to that level, is the owner's job.

csm-p2-title = Look beyond your own walls, across the whole supply chain
csm-p2-body = Your duty to protect information does not stop at your own office. Other sites in Japan or abroad, business partners and contractors all handle your data or connect to your systems, so their security matters to you too. For a small firm this works in both directions: you keep an eye on your contractors, and your larger customers keep an eye on you.

csm-p3-title = Keep talking with everyone involved, in calm times and in a crisis
csm-p3-body = Security only works when people talk to each other. Share what matters with staff, customers, partners and, when needed, the authorities, as a routine and not only when something goes wrong. When an incident happens, saying early and honestly what happened and what you are doing is what keeps people's trust.

## The five groups (sections 3.1 to 3.5)

csm-g1-title = Build the structure to manage cyber risk
csm-g2-title = Find your risks and put measures in place
csm-g3-title = Get ready for incidents
csm-g4-title = Strengthen security across the supply chain
csm-g5-title = Communicate with everyone involved, including stakeholders

## Direction 1

csm-d1-title = Treat cyber risk as a business risk and set a company-wide policy
csm-d1-ask = Ask your security lead to help you put cyber risk on your list of business risks and to draft a short security policy for you to sign. The policy says what you protect, what everyone must do, and whom to call when something goes wrong. Once it is signed, announce it to staff yourself, and later publish it for customers.
csm-d1-why = In a small firm, one infected PC can stop invoicing, leak a customer's drawings or cost you a contract. Staff take security seriously when the owner says it matters, not when a memo from the IT person does. A published policy also shows customers and larger partners that you handle their information with care.
csm-d1-story = A 20-person parts maker had no written rules, and everyone simply "knew" not to open strange e-mails. A part-timer used the same password for work e-mail and a shopping site; when that site leaked, attackers read the work inbox for weeks and sent a customer a fake "change of bank account" notice. The customer paid 3.2 million yen to the fraudsters, then asked what security rules the firm had, and the president had nothing to show.
csm-d1-roles = In most small firms the president owns this direction personally. The person who looks after the PCs can prepare the draft, but the president signs it and explains it to staff. An IT contractor can check the draft, but the policy should be written in your own words, not bought in.
csm-d1-s1 = Add "cyber attack or information leak" to the list of business risks you review every year, next to fire, earthquake and losing a key customer, and write down who is responsible for it.
csm-d1-s1-evidence = The risk list or management-meeting minutes show the item, the person responsible and the date.
csm-d1-s2 = Draft a one-page basic security policy with Mamori's template: what you protect, the rules everyone follows, how to report problems, and when the policy is reviewed.
csm-d1-s2-evidence = A draft policy with the company name, scope and date filled in, ready for the owner to sign.
csm-d1-s3 = Sign and date the policy, explain it in five minutes at a staff meeting, and post it where everyone can see it.
csm-d1-s3-evidence = A one-page policy, signed and dated, posted in the office, plus a meeting note listing who attended.
csm-d1-s4 = Read the policy and confirm that you have read it, by signing the sheet or replying to the e-mail.
csm-d1-s4-evidence = A sign-off list with every staff member's name, part-timers included.
csm-d1-s5 = Publish the policy on your website, for example on a page called "Information security policy". Publishing it is also one of the conditions for declaring SECURITY ACTION two stars.
csm-d1-s5-evidence = The web address of the published policy page, recorded in Mamori.

## Direction 2

csm-d2-title = Decide who is responsible for security, and what each person does
csm-d2-ask = Ask your security lead to write down who does what: who decides, who handles updates, accounts and backups, whom staff report to, and what the IT contractor covers. Give the lead clear authority to act at once in an emergency, for example to unplug a PC or stop the file server without waiting for you.
csm-d2-why = In small firms security often sits with "whoever knows computers", so nobody is really in charge and tasks fall through the gaps. When something goes wrong at seven on a Friday evening, precious time is lost working out who may decide. Clear roles also make it easier to work with your IT contractor and to answer customers' questions.
csm-d2-story = At a 12-person accounting office, a staff member noticed one morning that files on the shared drive were being renamed. The office manager felt only the head of the office could order the server shut down, and the head was out visiting a client. By the time he called back two hours later, the folder holding every client's tax files had been encrypted by ransomware.
csm-d2-roles = In a firm of 10 to 30 people the president is usually the responsible executive and often the security lead as well. Roles can be combined, but do not put every task on one person; name at least a deputy. The IT contractor does technical work under contract, while the decisions stay inside the company.
csm-d2-s1 = Name the security lead and a deputy in a short written memo, and announce both names at the next staff meeting.
csm-d2-s1-evidence = A dated memo with the two names, posted in the office or shared with all staff.
csm-d2-s2 = List what the lead may do alone in an emergency, such as disconnecting a PC from the network, stopping the file server or resetting passwords, and sign the list.
csm-d2-s2-evidence = A signed list of emergency powers, kept with the emergency contact sheet.
csm-d2-s3 = Make a one-page role table showing who handles updates, user accounts, backups, staff questions and contact with the IT contractor.
csm-d2-s3-evidence = A dated role table with a name in every row.
csm-d2-s4 = Confirm to your client in writing which security tasks you handle for them, such as server updates, firewall settings or backup checks, and which you do not.
csm-d2-s4-evidence = An e-mail or contract annex listing the vendor's tasks, what is excluded, and the contact person.
csm-d2-s5 = Know whom to tell when something looks wrong; keep the lead's name and phone number on a card at your desk or pinned in the team chat.
csm-d2-s5-evidence = The lead's name and number are visible at every desk or pinned in the chat, and staff can say whom they would call.

## Direction 3

csm-d3-title = Set aside money and people for security
csm-d3-ask = Ask your security lead to propose a yearly security budget and the time needed: which tools and services, what training, and what to hand to outside experts. Treat it as an investment that protects your sales and your customers' trust, not as the first cost to cut.
csm-d3-why = Small firms rarely have a security specialist, and the person in charge usually does it on top of a full-time job. Without protected time and a small budget, updates, backups and training quietly slip. Affordable help exists: the "Otasuketai" (helper team) services registered with IPA bundle a help desk, round-the-clock monitoring, on-site emergency support and simple cyber insurance for a low monthly fee, and the IT Introduction Subsidy can cover part of it.
csm-d3-story = At a 25-person food wholesaler, the office manager looked after IT "when there was time". PC replacement was postponed two years running, so three order-entry PCs kept running an old version of Windows that no longer received security updates. One was infected through a fake delivery notice, the order system was down for three days in the year-end rush, and the overtime and emergency vendor fees cost more than new PCs would have.
csm-d3-roles = The owner decides the budget and protects the lead's time. The lead makes the case and spends the money well. Staff need a little paid time for training, and an outside vendor or an Otasuketai service covers what you cannot staff yourselves.
csm-d3-s1 = List what you spend on security today, such as anti-virus licences, backup, vendor support and PC replacement, note what is missing, and put a yearly budget on one page.
csm-d3-s1-evidence = A one-page budget proposal with amounts and priorities.
csm-d3-s2 = Approve a security line in the yearly budget and set aside the lead's time for it, for example half a day a month.
csm-d3-s2-evidence = The budget line in the annual plan and a written note of the lead's agreed hours.
csm-d3-s3 = Compare two or three Otasuketai services registered with IPA, or similar vendor offers, and check whether the IT Introduction Subsidy can cover the fees.
csm-d3-s3-evidence = A short comparison memo with quotes and a note on subsidy eligibility.
csm-d3-s4 = Spend 15 to 30 minutes each year on security training, for example IPA's five-minute security learning modules.
csm-d3-s4-evidence = A training record with each person's name and date.
csm-d3-s5 = Give your client a list of their PCs and network equipment with the date each stops receiving security updates, and a replacement plan for the next three years.
csm-d3-s5-evidence = A device list with end-of-support dates and the planned replacement year for each.

## Direction 4

csm-d4-title = Know what you must protect, and plan for the risks
csm-d4-ask = Ask your security lead to list the information and systems the business depends on, think through what could go wrong with each, and estimate the damage. Then decide together, risk by risk, whether to reduce it, avoid it, pass it on (for example through insurance) or consciously accept it, and write that plan down.
csm-d4-why = On a small budget you cannot protect everything equally, and this list shows where to spend first. Important data is often not where people think: a client's drawings in someone's private e-mail, or payroll data on a USB stick. Writing down the risks you accept makes them your decision rather than an oversight.
csm-d4-story = An 18-person design office believed all its data was on the server. When a laptop was stolen from a car, it turned out a designer had copied a client's unreleased product drawings onto it to work at home. The contract required notice within 24 hours, the office could not say which files had been on the laptop, and it lost the next project.
csm-d4-roles = The lead builds the list with each department, and the IT contractor helps show which systems hold which data. The owner rates the business impact and decides which risks to accept. Staff tell the lead honestly where they keep their work files.
csm-d4-s1 = Make an information asset list, for example in the format of IPA's asset ledger: each asset (customer list, drawings, accounting data, payroll), where it is kept and who may use it.
csm-d4-s1-evidence = An asset list covering at least your ten most important assets, with storage place and person in charge.
csm-d4-s2 = Tell the lead where you actually keep work data: your PC, USB sticks, personal cloud storage, chat apps or e-mail.
csm-d4-s2-evidence = Answers from every department, reflected in the asset list.
csm-d4-s3 = With the lead, rate how bad a leak, a change or an outage of each important asset would be for the business, as high, medium or low.
csm-d4-s3-evidence = The impact column filled in, dated and initialled by the owner.
csm-d4-s4 = For the high-impact assets, write a one-page plan: the measure, who does it and by when. Add a section for risks you decided to accept and why, and note whether cyber insurance is worth a quote.
csm-d4-s4-evidence = A one-page risk plan with an "accepted risks" section, approved by the owner.
csm-d4-s5 = Tell your client in writing which of their data you store or can reach, and where it is kept.
csm-d4-s5-evidence = A written answer from each vendor or cloud provider, recorded in the asset list.

## Direction 5

csm-d5-title = Put protection in place, and notice when you are attacked
csm-d5-ask = Ask your security lead to put basic protection on every PC, phone and cloud service, in line with the risk plan, and to set up a way to notice when something suspicious happens. Have them tell you plainly what is covered and what is not yet.
csm-d5-why = Most attacks on small firms use well-known weak spots: software that is not updated, weak or reused passwords, and sharing settings left wide open. Updates, anti-virus, two-step verification and careful sharing stop most of them. Noticing an intrusion early matters just as much, and a small firm can buy monitoring as a service instead of staffing it.
csm-d5-story = A 30-person trucking company had anti-virus, but nobody read its alerts, and the remote-access device used for working from home had not been updated in two years. Attackers came in through that device, stayed for a month and then locked the dispatch system. The logs later showed warnings the whole time, all sent to an e-mail address that no one checked.
csm-d5-roles = The lead sets things up and checks them monthly. The IT contractor updates the network equipment and watches the alerts, or a monitoring service does. The owner turns on two-step verification for their own accounts first, which makes it easier to ask everyone else.
csm-d5-s1 = Turn on automatic updates for Windows or macOS, Office, browsers and phones, and check once a month that every device is up to date.
csm-d5-s1-evidence = A device list showing the version and last update date of each device, checked every month.
csm-d5-s2 = Turn on two-step verification (a code or app in addition to the password) for e-mail, cloud storage, online banking and remote access.
csm-d5-s2-evidence = The admin screen shows two-step verification on for all accounts, with a short list of any exceptions and the reason for each.
csm-d5-s3 = Update your client's routers, remote-access devices and firewall, and send their alerts to an address someone reads every day, or propose a monitoring service.
csm-d5-s3-evidence = The vendor's written record of equipment versions and of where alerts go, with one test alert received.
csm-d5-s4 = Review who can open your shared folders, cloud drives and file server: remove "anyone with the link" sharing and the accounts of people who have left.
csm-d5-s4-evidence = A list of shared folders with who can access each one and the review date, and no accounts left for former staff.
csm-d5-s5 = Keep anti-virus switched on, restart for updates within a day, and tell the lead about any warning you see.
csm-d5-s5-evidence = The monthly check finds no device with protection switched off or updates waiting for more than a week.

## Direction 6

csm-d6-title = Review and improve, year after year (the PDCA cycle)
csm-d6-ask = Ask your security lead to check regularly how well your measures work in practice, at least once a year and after any incident or big change, and to report in plain terms what is done, what is behind and what has changed. You then decide what to fix. Where it helps, tell customers and partners how your security is improving.
csm-d6-why = Threats, staff and tools change every year, and rules written once slowly stop matching reality. A fixed yearly check, such as IPA's 25-question self-check, shows whether you are getting better. It also lets you answer a customer's security questionnaire quickly and honestly.
csm-d6-story = A 40-person metalworking firm wrote security rules three years ago because a large customer asked for them, and nobody looked at them again. The rules still described tape backups, although the firm had moved to the cloud, and two former employees could still log in. When the customer audited the firm, the gap between paper and practice cost it its preferred-supplier status until it was fixed.
csm-d6-roles = The lead runs the check and reports to the owner. The owner chairs a short review and decides on the fixes. The IT contractor supplies the technical facts, and staff take part in short exercises so the check reflects what people really do.
csm-d6-s1 = Put a fixed security review in the calendar, for example once a year alongside the business plan, with the lead reporting to you.
csm-d6-s1-evidence = A recurring calendar entry and the minutes of the last review.
csm-d6-s2 = Before each review, answer IPA's five-minute self-check (25 questions) or Mamori's own check, and compare the result with last year's.
csm-d6-s2-evidence = Dated results for this year and last year, side by side.
csm-d6-s3 = Send your client a short yearly status report: update status, backup results, security alerts seen and recommended changes.
csm-d6-s3-evidence = The vendor's report, attached to the review minutes.
csm-d6-s4 = Take part in a short exercise, such as a practice suspicious e-mail or a ten-minute "what would you do?" talk, so the review is based on real behaviour.
csm-d6-s4-evidence = An exercise record with the date, who took part and what was learnt.
csm-d6-s5 = Choose up to three improvements for the coming year, give each a person and a deadline, and update the policy if needed.
csm-d6-s5-evidence = An improvement list with names and due dates, approved in the review minutes.

## Direction 7

csm-d7-title = Prepare an emergency response team and plan for incidents
csm-d7-ask = Ask your security lead to prepare for the day an incident happens: a contact list, a one-page checklist for the first hour, who decides what, and which outside help you will call. Then practise it once a year.
csm-d7-why = In the first hour people tend to panic: they switch machines off and destroy the traces that show what happened, or they keep quiet for fear of blame. A small firm cannot run a full in-house incident team, but it can agree in advance who will help, usually its IT contractor. If personal data may have leaked, you may also have to report it to the Personal Information Protection Commission and inform the people affected, so you need to know quickly what happened.
csm-d7-story = At a 15-person home builder, an employee clicked a link in a fake invoice, and the company's e-mail account began sending malicious mail to all its customers. Nobody knew whom to call, because the IT contractor's number was saved only on a former manager's phone. Two days passed before customers were warned, and by then several had opened the attachment.
csm-d7-roles = In a small firm the incident team is usually the security lead plus the IT contractor under a support contract. The owner decides on shutting systems down, on notices to customers and on reports to the authorities. Staff have one job: report quickly, without fear of being blamed.
csm-d7-s1 = Make a one-page emergency contact sheet: the lead and deputy, the owner, the IT contractor's emergency number, your insurer, IPA's consultation desk for companies and the police cyber-crime desk of your prefecture. Print it and post it.
csm-d7-s1-evidence = The printed sheet on the wall or by the phone, with the date it was last checked.
csm-d7-s2 = Write a first-hour checklist: unplug the network cable or turn off Wi-Fi but leave the PC on, note the time and what you saw, and call the lead.
csm-d7-s2-evidence = A one-page checklist next to each PC and in the shared folder.
csm-d7-s3 = Agree in writing with your client what you will do for them in an emergency: how fast you respond, whether you come on site, and what it costs.
csm-d7-s3-evidence = A support contract or memo stating response time, on-site terms and fees.
csm-d7-s4 = Tell all staff that reporting a mistake quickly, such as clicking a bad link, will never be punished, and say it again after each drill.
csm-d7-s4-evidence = The promise is written in the policy or on a notice, and staff can repeat it when asked.
csm-d7-s5 = Learn your first three actions (stop, unplug the network, call the lead) and join a 30-minute drill once a year.
csm-d7-s5-evidence = A drill record with the date, the scenario, who took part and how long it took to reach the lead.
csm-d7-s6 = Decide in advance who approves notices to customers and reports to the authorities, including the Personal Information Protection Commission if personal data is involved.
csm-d7-s6-evidence = The emergency contact sheet names who makes these decisions and who stands in when that person is away.

## Direction 8

csm-d8-title = Be ready to keep the business running and to recover
csm-d8-ask = Ask your security lead to agree with you which work must come back first and how quickly, for example taking orders within a day and paying wages on time. Then prepare recovery steps and people for those systems, connect them to any earthquake or disaster plan you already have, and test a recovery for real.
csm-d8-why = For a small firm, a week without the order system or the accounts can mean lost customers and cash-flow trouble. Backups only help if they survive the attack and you have actually restored from them at least once. Ransomware often locks backups that stay connected to the same network.
csm-d8-story = A 22-person precision-parts maker backed up every night to a disk that was always plugged into the server, and ransomware locked both. The machines on the shop floor still worked, but the schedules and drawings were gone, and for three weeks staff rebuilt orders from paper and old e-mails. Deliveries slipped, and one customer moved a part to another supplier.
csm-d8-roles = The owner sets the priorities and how long each operation may be down. The lead writes the recovery steps, the IT contractor does the technical restore, and staff know the manual fallback, such as paper order forms and the phone. If you already have a disaster plan, the people who wrote it should work with whoever handles incidents.
csm-d8-s1 = With the lead, rank your operations and set a target for each: how long the business can cope without it, such as one day for orders and one week for invoicing.
csm-d8-s1-evidence = A one-page priority list with target recovery times, signed by the owner.
csm-d8-s2 = Keep at least one backup of important data that is not permanently connected to your network, such as a disk unplugged after each backup or a cloud backup that office PCs cannot delete.
csm-d8-s2-evidence = A backup schedule showing where each copy is kept, and the date of the latest disconnected copy.
csm-d8-s3 = With your client, restore one key system, such as the accounting data, from backup onto a spare PC, and time how long it takes.
csm-d8-s3-evidence = A restore test record with the date, the system, the time taken and any problems found.
csm-d8-s4 = Add a "cyber incident" page to your existing business continuity or disaster plan: who decides, the manual workarounds, and how you reach customers and suppliers if e-mail is down.
csm-d8-s4-evidence = The updated plan with the cyber page, dated and shared with the owner and key staff.
csm-d8-s5 = Keep a paper fallback ready: blank order forms and a printed list of key contacts, stored in a locked drawer everyone on your team knows about.
csm-d8-s5-evidence = Current forms and a contact list dated within the last three months, in the agreed locked place.

## Direction 9

csm-d9-title = Understand and improve security across your whole supply chain
csm-d9-ask = Ask your security lead to list every company connected to your data or systems, including group companies and subsidiaries, business partners, IT contractors and cloud services, and to find out how each one protects your information. Put responsibilities into your contracts, and help weaker partners instead of simply sending them demands. With the larger companies you supply, agree together what they need from you and what support they will give.
csm-d9-why = Attackers often break into the smallest, weakest firm in a chain and move on through shared systems and e-mail to a bigger target. So your contractor can be the way into your firm, and your firm can be the way into your customer. The guideline asks companies to keep track of security across the whole chain, to set out responsibilities in contracts and to consider helping partners, for example by putting measures in place together. Handing work to someone else does not hand over the responsibility.
csm-d9-story = A 20-person parts maker let its IT contractor log in remotely with a shared password that had not changed in five years. When the contractor's own PC was infected, attackers used that connection to send fake "revised drawing" e-mails from the parts maker to its main customer, a large manufacturer, which then stopped electronic ordering for two weeks to check its network. Afterwards the customer did not simply drop the supplier: it shared its checklist and paid part of the cost of a monitoring service for its smaller suppliers.
csm-d9-roles = A small firm usually sits in the middle of a chain: it is the customer of its IT contractor, cloud services and subcontractors, and a supplier to larger firms. Direction 9 of METI's guideline (Ver 3.0) asks company leaders to know how the whole supply chain, partners and contractors included, is doing and to act on it. A 2022 paper by METI and the Japan Fair Trade Commission adds that asking suppliers to take security measures is fine in itself, but pushing the burden onto them, for example by refusing to discuss the extra cost and keeping prices where they were, can breach competition and subcontracting law. When you ask your own subsidiaries and subcontractors for measures, talk about support and cost as you go. Inside your firm, the owner handles contracts and talks with major customers, the lead keeps the partner list, and contractors answer questions and report incidents.
csm-d9-s1 = List every outside party that holds your data or connects to your systems: group companies, subcontractors, the IT contractor, cloud services, your accountant and the payroll service. Mark those with remote access or sensitive data.
csm-d9-s1-evidence = A dated partner list with columns for data held and system access.
csm-d9-s2 = For contractors with important data or remote access, add security terms to the contract: confidentiality, how soon they must report an incident (for example within 24 hours), who pays for what, and deleting your data when the work ends.
csm-d9-s2-evidence = Signed contracts or memos containing these terms for each high-risk contractor.
csm-d9-s3 = Tell your client in writing what basic protection you have in place, for example whether you have declared SECURITY ACTION, use two-step verification for remote access and give each engineer a personal account.
csm-d9-s3-evidence = Written answers from each key contractor on file, and no shared remote-access accounts.
csm-d9-s4 = Remove contractors' remote access and accounts as soon as a job ends, and check the full list every three months.
csm-d9-s4-evidence = A record of the quarterly access check, with removed accounts and the date.
csm-d9-s5 = When a larger customer sends you security requirements, ask which ones really apply to your work, how much time you have, and what support they offer, such as templates, training, shared tools or a share of the cost. Do not sign up to what you cannot actually do.
csm-d9-s5-evidence = A meeting note or e-mail in which the customer agrees the requirements, the timeline and the support.
csm-d9-s6 = If you have group companies, subsidiaries or your own subcontractors, apply your policy to them and help them meet it: share your templates, invite them to your training and budget part of the cost yourself.
csm-d9-s6-evidence = A list of group companies and subcontractors showing which rules apply, what support was given and what share of the cost you covered.

## Direction 10

csm-d10-title = Gather, share and disclose security information
csm-d10-ask = Ask your security lead to follow a few trustworthy sources of warnings about new attacks, pass on what matters to staff in plain words, and share what you learn with other firms. Decide together what you will tell customers and the public about your security, both in normal times and after an incident.
csm-d10-why = Attack methods change quickly, and small firms are often caught by scams that were reported a week earlier. Neighbouring firms, your industry association and the local chamber of commerce often see the same attacks at the same time. Being open, with a published policy and a prompt, honest notice after an incident, keeps trust; an incident that customers discover on their own does far more harm.
csm-d10-story = Several members of a local chamber of commerce received e-mails pretending to come from the tax office, and one posted a warning in the members' group. A 16-person property management office was not in that group, and its clerk opened the attachment. The office then said nothing to its clients for a month; when they read about it in the local news, two large landlords moved their contracts elsewhere.
csm-d10-roles = The lead, or whoever enjoys reading the news, watches a few sources and sends a short note each month. Staff pass on suspicious messages they receive. The owner decides what to disclose and speaks for the firm, and the IT contractor warns you about urgent problems in products you use.
csm-d10-s1 = Sign up for alerts from two or three trusted sources, such as IPA and JPCERT/CC (the Japanese centre that coordinates responses to security incidents), plus your industry association or chamber of commerce.
csm-d10-s1-evidence = A list of the sources you follow, and recent alerts saved in a folder.
csm-d10-s2 = Once a month, send staff a three-line note about current scams and what to do about them.
csm-d10-s2-evidence = The monthly notes, kept in the team chat or an e-mail folder.
csm-d10-s3 = Forward suspicious e-mails, text messages or calls to the lead instead of just deleting them.
csm-d10-s3-evidence = The lead's log of reported messages, showing reports from several staff members.
csm-d10-s4 = Join a group where firms share warnings, such as the chamber of commerce, your industry association or your main customer's supplier network, and share your own experiences without blaming anyone.
csm-d10-s4-evidence = A membership or meeting record, and at least one warning shared with others in the past year.
csm-d10-s5 = Decide in advance what you will tell customers and the public after an incident: who speaks, how quickly, and through which channel, such as a notice on your website or a call to each affected client.
csm-d10-s5-evidence = A short disclosure plan attached to the emergency contact sheet.
csm-d10-s6 = Let your client know promptly when a product they use needs an urgent security update, and say what you will do about it.
csm-d10-s6-evidence = An e-mail agreeing to this service, and the notices received since.
