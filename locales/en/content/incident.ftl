# Incident help: contacts, first-hour checklist and incident-card fields.

inc-title = The first hour after an incident
inc-intro = If you think something has happened (files won't open, a ransom message appears, someone logs in who shouldn't, a laptop goes missing), work through these steps in order. Stay calm: you don't have to sort it out alone, and the contacts below are there to advise you.

## Contacts
inc-ipa-company-desk-name = IPA desk for companies
inc-ipa-company-desk-purpose = IPA's consultation desk for companies and organisations, open since 1 April 2025. Tell them what is happening: they help you judge whether there is real damage, advise on first aid, and point you to incident-response companies and other places to report to. They also answer general questions from small businesses about guidelines, tools and support schemes. IPA suggests starting here when you don't know where to go. The desk does not investigate or analyse your systems itself.
inc-ipa-anshin-name = IPA helpline for the public
inc-ipa-anshin-purpose = IPA's helpline for the general public, giving technical advice about viruses and unauthorised access. Read its FAQ first, then contact it by phone or e-mail. It does not visit you, examine or repair your PCs, or catch criminals. For a problem in your company, IPA's desk for companies is the better place to start.
inc-jpcert-name = JPCERT/CC incident reporting
inc-jpcert-purpose = JPCERT/CC contacts the other side of an incident for you, for example the operators of websites or servers used in an attack. It also answers questions, such as how to respond first to ransomware, whether locked data might be decrypted, or for a second opinion. It gives technical support and coordination only: it does not restore your systems. Have your logs, with their times, ready.
inc-police-name = Police cyber-crime desk (your prefecture)
inc-police-purpose = Report crimes such as ransomware, break-ins to your systems, data theft and fraud to your prefecture's police; the linked page lists each prefecture's desk. Call 110 in an emergency. The police ask to hear from you early and say they take your need to keep the business running into account: at first they mainly ask you to keep your logs. It helps to have access and communication logs, samples of the malicious files and a simple diagram of your systems.
inc-ppc-name = Personal Information Protection Commission
inc-ppc-purpose = If personal data about customers or staff may have leaked, the law may require you to report it to the Commission and to tell the people affected. The Commission's page explains when this applies and how to report.
inc-antiphishing-name = Anti-phishing council
inc-antiphishing-purpose = Report phishing e-mails and fake websites here, for example a fake login page pretending to be your bank or one of your suppliers.

## First hour, in order
inc-disconnect = Disconnect the affected devices from the network, but leave them switched on.
inc-disconnect-detail = Unplug the network cable and turn off Wi-Fi on any PC or server that looks affected. Don't shut it down or restart it: traces of what happened can be lost, and the police and experts may need them. If several machines seem affected, ask your IT contractor whether to cut the whole office off from the internet.
inc-keep-evidence = Photograph the screen and keep everything as it is.
inc-keep-evidence-detail = Take photos of the screen with a phone, including any ransom message or error. Don't delete e-mails, files or logs (the records of what was done on a system), and don't run clean-up tools or reinstall anything until your IT contractor or an adviser says so. Logs with times on them are what the police and JPCERT/CC will ask for.
inc-tell-owner = Tell the owner now, and decide who leads.
inc-tell-owner-detail = Call the owner straight away, even outside working hours. The owner decides who leads the response: often the person in charge of security, and in a small firm sometimes the owner. From then on, that one person coordinates everything.
inc-call-contractor = Call your IT contractor.
inc-call-contractor-detail = Use the number on your incident card. Tell them what you saw and what you have done so far, and agree on the next steps together. Ask them to keep the evidence before they clean up or restore anything.
inc-note-times = Write down what happens, with the times.
inc-note-times-detail = Start a simple timeline now and keep it going: when the problem was noticed and by whom, what was seen, what was done, and who was contacted when. Paper is fine. The police, IPA, your insurer if you have cyber insurance, and your customers will all ask for it.
inc-one-voice = Decide who speaks for the company, and ask everyone else to stay quiet.
inc-one-voice-detail = Choose one person, your spokesperson, to talk to customers, partners and, if it comes to that, the press. Ask all staff not to post about the incident on social media or discuss it outside the company until you have agreed what to say.
inc-personal-data = Check whether personal data is involved.
inc-personal-data-detail = Find out whether names, addresses, e-mail addresses or other personal details of customers or staff could have been seen or taken. If they could, open the Personal Information Protection Commission's page in the contacts below: you may have to report it and tell the people affected.
inc-report = Contact the police, and IPA's desk for companies if you're unsure what to do.
inc-report-detail = Report crimes such as ransomware or break-ins to your prefecture's cyber-crime desk, or call 110 in an emergency. The police say they take business continuity into account and at first mainly ask you to keep your logs. If you're not sure what has happened or who else to tell, IPA's desk for companies can help you sort it out.
inc-no-ransom = Don't pay and don't reply to the attackers before you have had advice.
inc-no-ransom-detail = If there is a ransom demand or a threatening message, don't pay, don't reply and don't click anything in it. Talk to the police or IPA first. Whether to have any contact with the attackers is a decision for the owner, made with that advice.

## Incident card fields
inc-field-contractor = Our IT contractor
inc-field-contractor-hint = Company name, the person to ask for, and a phone number that works outside office hours.
inc-field-backup-location = Where our backups are
inc-field-backup-location-hint = For example: "external drive in the office safe; cloud backup run by our IT contractor". Write where each copy is and who can get to it.
inc-field-spokesperson = Who speaks for us
inc-field-spokesperson-hint = The one person who talks to customers, partners and the press during an incident, and a deputy for when they are away.
