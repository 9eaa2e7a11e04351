# Incident help: contacts, first-hour checklist and incident-card fields.

inc-title = The first hour after an incident
inc-intro = If you think something has happened (files won't open, a ransom message appears, someone logs in who shouldn't, a laptop goes missing), work through these steps in order. Stay calm: you don't have to sort it out alone, and the contacts below are there to advise you.

## Contacts
inc-ipa-company-desk-name = IPA desk for companies (e-mail only: cs-support@ipa.go.jp)
inc-ipa-company-desk-purpose = IPA's consultation desk for companies and organisations, open since 1 April 2025. Tell them what is happening: they help you judge whether there is real damage, advise on first aid, and point you to incident-response companies and other places to report to. They also answer general questions from small businesses about guidelines, tools and support schemes. IPA suggests starting here when you don't know where to go. The desk does not investigate or analyse your systems itself. It takes requests by e-mail only (cs-support@ipa.go.jp) and has no phone line (as of December 2026). Once you have taken affected machines off the network, the office connection may not be usable for e-mail: keep another device that was not cut off, such as a smartphone, and another connection, such as its mobile data, at hand, and keep this address on your card.
inc-ipa-anshin-name = IPA helpline for the public
inc-ipa-anshin-purpose = IPA's helpline for the general public, giving technical advice about viruses and unauthorised access. Read its FAQ first, then contact it by phone or e-mail. It does not visit you, examine or repair your PCs, or catch criminals. For a problem in your company, IPA's desk for companies is the better place to start.
inc-jpcert-name = JPCERT/CC incident reporting
inc-jpcert-purpose = JPCERT/CC contacts the other side of an incident for you, for example the operators of websites or servers used in an attack. It also answers questions, such as how to respond first to ransomware, whether locked data might be decrypted, or for a second opinion. It gives technical support and coordination only: it does not restore your systems. Have your logs, with their times, ready.
inc-police-name = Police (emergency: 110; non-urgent advice: #9110)
inc-police-purpose = Report crimes such as ransomware, break-ins to your systems, data theft and fraud to your prefecture's police cyber-crime desk. Call 110 in an emergency, and #9110 for advice that is not urgent (it reaches the police consultation desk for the area you call from). The linked National Police Agency page lists each prefecture's desk and has the online desk for reporting cyber incidents, in use since March 2024. An online report is not a formal crime report (被害届): for that, contact a police station. The police ask to hear from you early and say they take your need to keep the business running into account: at first they mainly ask you to keep your logs. It helps to have access and communication logs, samples of the malicious files and a simple diagram of your systems.
inc-ppc-name = Personal Information Protection Commission (where personal-data leaks are reported)
inc-ppc-purpose = If personal data about customers or staff has leaked, or may have leaked, the law requires you to report it to the Personal Information Protection Commission and to tell the people affected (since April 2022) when any of these applies: (1) it includes sensitive information, such as medical history; (2) its misuse could cause financial harm, such as credit card numbers; (3) it may have been caused with a wrongful purpose, such as unauthorised access or an insider taking data; (4) more than 1,000 people are affected. Cases 1 to 3 apply even if only one person is affected. You report twice, through the form on the Commission's website: a first report within about 3 to 5 days of finding out, and a final report within 30 days (60 days in case 3). Tell the people affected as soon as the situation allows (checked December 2026).
inc-antiphishing-name = Anti-phishing council
inc-antiphishing-purpose = Report phishing e-mails and fake websites here, for example a fake login page pretending to be your bank or one of your suppliers.

## First hour, in order
inc-disconnect = Disconnect the affected devices from the network, but leave them switched on.
inc-disconnect-detail = Unplug the network cable and turn off Wi-Fi on any PC or server that looks affected. Don't shut it down or restart it: traces of what happened can be lost, and the police and experts may need them. If several machines seem affected, ask your IT contractor whether to cut the whole office off from the internet.
inc-keep-evidence = Photograph the screen and keep everything as it is.
inc-keep-evidence-detail = Take photos of the screen with a phone, including any ransom message or error. Don't delete e-mails, files or logs (the records of what was done on a system), and don't run clean-up tools or reinstall anything until your IT contractor or an adviser says so. Logs with times on them are what the police and JPCERT/CC will ask for.
inc-tell-owner = Tell the owner now, and decide who leads.
inc-tell-owner-detail = Call the owner straight away, even outside working hours. The owner decides who leads the response: often the security lead, and in a small firm sometimes the owner. From then on, that one person coordinates everything.
inc-call-contractor = Call your IT contractor.
inc-call-contractor-detail = Use the number on your incident card. Tell them what you saw and what you have done so far, and agree on the next steps together. Ask them to keep the evidence before they clean up or restore anything. If you have cyber insurance, also call the insurer's claims line on your card early, to find out what the policy gives you and what you should do first.
inc-note-times = Write down what happens, with the times.
inc-note-times-detail = Start a simple timeline now and keep it going: when the problem was noticed and by whom, what was seen, what was done, and who was contacted when. Paper is fine. The police, IPA, your insurer if you have cyber insurance, and your customers will all ask for it.
inc-one-voice = Decide who speaks for the company, and ask everyone else to stay quiet.
inc-one-voice-detail = Choose one person, your spokesperson, to talk to customers, partners and, if it comes to that, the press. Ask all staff not to post about the incident on social media or discuss it outside the company until you have agreed what to say.
inc-personal-data = Check whether personal data is involved.
inc-personal-data-detail = Find out whether names, addresses, e-mail addresses or other personal details of customers or staff could have been seen or taken. If they could, decide at once whether you must report to the Personal Information Protection Commission. If an attack or unauthorised access caused it, even one person's data must be reported: the first report is due within about 3 to 5 days of finding out and the final one within 60 days, and the people affected must be told. See the Personal Information Protection Commission in the contacts for details.
inc-report = Contact the police, and IPA's desk for companies if you're unsure what to do.
inc-report-detail = Report crimes such as ransomware or break-ins to your prefecture's cyber-crime desk: call 110 in an emergency, or #9110 for advice that is not urgent. The police say they take business continuity into account and at first mainly ask you to keep your logs. If you're not sure what has happened or who else to tell, IPA's desk for companies can help you sort it out. It takes e-mail only, so once machines are off the network, write from another device, such as a smartphone, over another connection.
inc-no-ransom = Don't pay and don't reply to the attackers before you have had advice.
inc-no-ransom-detail = If there is a ransom demand or a threatening message, don't pay, don't reply and don't click anything in it. Talk to the police or IPA first. Whether to have any contact with the attackers is a decision for the owner, made with that advice.

## Incident card fields
inc-field-contractor = Our IT contractor
inc-field-contractor-hint = Company name, the person to ask for, and a phone number that works outside office hours.
inc-field-insurance = Cyber insurance (insurer and policy number)
inc-field-insurance-hint = The insurer, the name of the policy and its number. If you have none, write "none", so nobody has to search for it in an emergency.
inc-field-insurance-hotline = Insurer's claims line
inc-field-insurance-hotline-hint = The phone number to call when something happens, and its hours. It is on the policy documents.
inc-field-police-desk = Our local police contacts
inc-field-police-desk-hint = The phone numbers of your prefecture's police cyber-crime desk and of the nearest police station. In an emergency call 110; for advice that is not urgent, #9110.
inc-field-backup-location = Where our backups are
inc-field-backup-location-hint = For example: "external drive in the office safe; cloud backup run by our IT contractor". Write where each copy is and who can get to it.
inc-field-spokesperson = Who speaks for us
inc-field-spokesperson-hint = The one person who talks to customers, partners and the press during an incident, and a deputy for when they are away.
