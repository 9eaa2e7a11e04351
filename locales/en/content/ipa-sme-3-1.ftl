### IPA SME guidelines, edition 3.1: the five basics, the four-stage path and the 25-question
### self-check. Summarised in Mamori's own words; see content/ipa-sme-3-1.toml for the structure.

## The five basics (情報セキュリティ5か条)

sme-b1-title = Keep every device up to date
sme-b1-body = Updates close weak spots that attackers already know how to use. A PC or phone that misses them can be taken over just by opening a file or a web page. Let devices update themselves, and stop using any that no longer receive updates.
sme-b1-s1 = Turn on automatic updates in Windows Update (in Settings) on every office PC, then check that each one says it is up to date. Do the same in Software Update on any Mac.
sme-b1-s1-evidence = A list of all office PCs with the date each was last confirmed up to date.
sme-b1-s2 = On the phone or tablet you use for work, turn on automatic updates for the system and for apps, and restart when the device asks you to instead of putting it off.
sme-b1-s2-evidence = Confirmation from everyone, for example in the team chat, that automatic updates are on.
sme-b1-s3 = Open the admin screens of the router, the network storage (NAS, a shared disk on the office network) and the multifunction printer, check the firmware page (the software that runs the device) for updates, and apply any you find.
sme-b1-s3-evidence = A device list showing each firmware version and the date it was checked.
sme-b1-s4 = List the PCs, phones and other devices that no longer get updates from their maker, and set a date to replace or retire each one.
sme-b1-s4-evidence = A replacement plan with dates and budget, approved by the owner.

sme-b2-title = Protect every PC against viruses
sme-b2-body = Anti-virus software stops many known viruses before they can do harm, and some products also warn you about fake websites. It only works if it is switched on and its definitions (the data it uses to recognise viruses) are current. On devices that cannot run it, such as some phones, install apps only from the official store and remove any you do not recognise.
sme-b2-s1 = On every Windows PC, open Windows Security, go to Virus & threat protection, and check that protection is on and the definitions were updated recently. If you use another product, check its status screen instead.
sme-b2-s1-evidence = A checklist of all PCs showing that protection is on and the date of the last definitions update.
sme-b2-s2 = If you pay for anti-virus software, use one product across the company and put the renewal date in the calendar so the licence never runs out.
sme-b2-s2-evidence = A record of the product name, the number of licences and the renewal date.
sme-b2-s3 = Never ignore or switch off an anti-virus warning. If one appears, stop what you are doing and tell the security lead straight away.
sme-b2-s3-evidence = Everyone told, and a notice with the security lead's name and contact details posted where all staff can see it.

sme-b3-title = Make passwords hard to guess
sme-b3-body = Attackers try common passwords, and passwords leaked from other sites, one after another. At a minimum, avoid simple passwords, use at least 8 characters mixing letters and numbers, and never use the same password on two services. Where a service offers two-step verification (a code sent to your phone as well as the password), turn it on.
sme-b3-s1 = Change any password that is short, easy to guess, or used on more than one service. A long phrase is both stronger and easier to remember than a short jumble of characters.
sme-b3-s1-evidence = A report from each person that their passwords now follow the company rule.
sme-b3-s2 = Turn on two-step verification for e-mail, cloud storage and online banking, starting with the administrator accounts.
sme-b3-s2-evidence = The admin screen of each service, showing two-step verification switched on for every account.
sme-b3-s3 = Replace the factory-set passwords on the router, Wi-Fi, network storage, multifunction printer and security cameras.
sme-b3-s3-evidence = A device list recording that each factory-set password was changed, and when.
sme-b3-s4 = Decide where passwords are kept: in a password manager (an app that stores them safely for you) or in a notebook kept under lock, never on sticky notes on a screen or in a shared spreadsheet.
sme-b3-s4-evidence = Company rules that state the chosen method.

sme-b4-title = Check who can see what you share
sme-b4-body = Cloud storage, shared folders, network storage and multifunction printers are often shared more widely than people think, sometimes with the whole internet. Switch off features you do not use and turn on the security settings each service offers. Changing settings can interrupt daily work, so try each change on one PC or one folder first.
sme-b4-s1 = In your cloud storage (Google Drive, OneDrive, Dropbox and so on), find files and folders shared with "anyone with the link" and change them so that only named people can open them.
sme-b4-s1-evidence = A list of shared folders showing who can open each one.
sme-b4-s2 = Check that the network storage, multifunction printer and network cameras cannot be reached from the internet and cannot be used without a password, and switch off functions that are not used.
sme-b4-s2-evidence = A short written report from the vendor listing the settings checked.
sme-b4-s3 = Make it a company rule that when someone leaves or changes job, their access to shared folders and cloud services is removed the same day.
sme-b4-s3-evidence = A leaver checklist that includes removing access, filled in up to the most recent leaver.

sme-b5-title = Learn how attackers trick people
sme-b5-body = Attack methods keep changing: fake invoices, fake login pages, messages pretending to come from your bank or a delivery company. Simply knowing a trick is often enough to avoid it. Decide in advance which sources of information you trust, so that rumours do not mislead you.
sme-b5-s1 = Choose one or two trusted sources, such as the alerts on the IPA and JPCERT/CC websites, and name the person who checks them.
sme-b5-s1-evidence = A note of the sources and the person's name.
sme-b5-s2 = Once a month, share one new trick and what to do about it, for example at the morning meeting or in the team chat.
sme-b5-s2-evidence = Dated chat posts or meeting notes.
sme-b5-s3 = When an e-mail, call or message seems odd, do not reply or click anything: tell the security lead and let them check it.
sme-b5-s3-evidence = A simple record, kept by the security lead, of the reports received.

## The four-stage path

sme-st1-title = Start with the five basics
sme-st1-body = Work on the five basics. They cost little and suit any business, whatever its size or trade. SECURITY ACTION one star is your company's declaration that it works on the five basics; all five do not have to be finished. Once you have decided how your company handles each of the five, you can declare it.
sme-st2-title = Make it a company effort
sme-st2-body = Move from personal habits to company decisions. The owner adopts a basic security policy and makes it known, the 25-question self-check shows where the gaps are, and you fix what you can. Once the self-check is done and the policy is adopted and published outside the company, you can declare SECURITY ACTION two stars.
sme-st3-title = Build a full framework
sme-st3-body = Set up roles and rules. Decide who is responsible for what, and set your policy for using IT and your security budget. List the information you need to protect (customer lists, drawings and so on), assess the risks to it, and write security rules based on that. Decide what you require when you outsource work, and inspect and improve regularly.
sme-st4-title = Strengthen further
sme-st4-body = Add measures beyond the essentials that fit your business. In edition 3.1 this stage covers, among other topics, working safely from home or elsewhere (telework) and responding to security incidents.

## Self-check

sme-selfcheck-title = 25 questions following IPA's 「5分でできる！情報セキュリティ自社診断」 (in Mamori's words)
sme-selfcheck-intro = These 25 questions ask what the 25 items of IPA's self-check 「5分でできる！情報セキュリティ自社診断」 ask, in the same parts, with the same numbers and the same scope, reworded by Mamori. The scoring is IPA's too, so your result can be compared with IPA's sheet. Answer them yourself, or ask someone who knows how things are really done, such as your IT person or a department head. If you have several sites or departments, each can answer and one responsible person combines the results. Where you are not sure, answer "Don't know": every "Don't know" becomes a follow-up task. Under "How to do it" you will also find Mamori's own advice that goes a step beyond IPA's item, with the reason for it.
sme-selfcheck-dont-know-followup = Find out how this is actually handled, then answer again. The quickest way is to ask whoever looks after it, or your IT contractor.

sme-scale-done = Done
sme-scale-done-hint = Done on every device, by everyone, every time.
sme-scale-partly = Partly
sme-scale-partly-hint = Done on some devices or by some people, or not every time.
sme-scale-not_done = Not done
sme-scale-not_done-hint = Not done yet. Answer honestly: it shows you where to start.
sme-scale-dont_know = Don't know
sme-scale-dont_know-hint = You are not sure. It lowers the score a little so that gaps are not hidden, and Mamori adds it to your follow-up list.

sme-part1-title = The basics every business needs
sme-part1-body = The measures behind the five basics. Every business needs them, whatever its size, and they only work when they are kept up as part of the daily routine, not done once.
sme-part2-title = What each person does every day
sme-part2-body = How each member of staff handles important information day to day. These measures guard against carelessness and simple mistakes.
sme-part3-title = What the company decides
sme-part3-body = Measures that need a decision by the company. Write the rules down and make sure everyone knows them.

sme-band-achieved-title = The entry level is in place
sme-band-achieved-advice = (Mamori's summary) You have the entry-level measures in place. Keep them going, and consider moving on to fuller measures, such as written security rules and a review of your risks.
sme-band-partial-title = Mostly there, with some gaps
sme-band-partial-advice = (Mamori's summary) Most measures are in place, but some are not enough yet. Go through the questions you answered "Partly", "Not done" or "Don't know", follow their how-to notes, and aim for full marks.
sme-band-weak-title = Noticeable gaps
sme-band-weak-advice = (Mamori's summary) There are noticeable gaps. Starting with the five basics, work through the low-scoring questions one at a time, and aim for full marks.
sme-band-critical-title = Action needed now
sme-band-critical-advice = (Mamori's summary) As things stand, a data leak or other incident could happen at any time. Start this week with the five basics, then read IPA's SME security guidelines (「中小企業の情報セキュリティ対策ガイドライン」) with your security lead and make a plan.

## The 25 questions (the same scope as each item of IPA's self-check, in Mamori's words)

sme-q1-text = Do you keep the operating system and software of your PCs, phones and other devices up to date?
sme-q1-why = Updates close weak spots that attackers already know about. Missing a single update can let a virus in through an ordinary-looking file or web page.
sme-q1-how = Turn on automatic updates in Windows Update and on every phone and tablet. Once a month, check that each PC says it is up to date, and replace devices that no longer receive updates.

sme-q2-text = Have you installed anti-virus software on your PCs and other devices, and do you keep its definitions (the data it uses to recognise viruses) up to date?
sme-q2-why = It stops many known viruses before they run, but only if it is switched on and current. Old definitions miss new viruses.
sme-q2-how = On Windows, open Windows Security and check that Virus & threat protection is on and up to date. Letting the definitions update automatically is the surest way. For paid products, note the renewal date so the licence does not run out.

sme-q3-text = Are your passwords hard to crack, for example long and complex?
sme-q3-why = Attackers try common passwords and passwords leaked from other sites. A reused password can open your e-mail and cloud storage in one go.
sme-q3-how = Use at least 8 characters mixing letters and numbers, or better, a longer phrase. Beyond IPA's item, Mamori also advises: never use the same password on two services (the five basics ask this too, under 「パスワードを強化しよう！」), because a password leaked from one site then opens the others. Turn on two-step verification (a code on your phone as well as the password) for e-mail and cloud services, and change the factory-set passwords on routers and printers.

sme-q4-text = Is access to important information limited to the people who need it?
sme-q4-why = If sharing is set too wide, former staff, outsiders, or even anyone on the internet may be able to see your files.
sme-q4-how = List your shared folders and cloud shares and who can open each. Limit "anyone with the link" shares to named people, remove leavers' access the same day, and switch off device functions you do not use.

sme-q5-text = Do you have a way to learn about new threats and attack methods and share what to do about them in the company?
sme-q5-why = Tricks change all the time. Staff who have heard about a scam before are much less likely to fall for it.
sme-q5-how = Name one person to check the alerts on the IPA and JPCERT/CC websites. Share one new trick a month at a meeting or in the team chat.

sme-q6-text = Do staff take care not to get infected through e-mail attachments or links in the message?
sme-q6-why = Many virus infections start with one click on an e-mail dressed up as an invoice or a delivery notice. Ransomware (a virus that locks your files and demands payment) often gets in this way.
sme-q6-how = Check the actual sender address, not just the name shown. If anything seems off, phone the sender on a number you already know. Do not turn on macros (small programs inside Word or Excel files) in files from outside. Report suspicious e-mail to the security lead, and never blame the person who reports it.

sme-q7-text = Do you take steps to avoid sending e-mail or faxes to the wrong recipient?
sme-q7-why = Sending customer information to the wrong address or number is one of the most common causes of leaks, and it cannot be undone.
sme-q7-how = Check To, Cc and Bcc before pressing send, and use Bcc when writing to several outside people at once. For faxes, use registered numbers and confirm the number by phone before sending anything important.

sme-q8-text = When you send important information by e-mail, do you put it in an attachment protected with a password or similar, instead of in the message itself?
sme-q8-why = E-mail can reach the wrong person, or be read if someone's mailbox is broken into. Protecting the content keeps it safe even then.
sme-q8-how = IPA's item asks whether important information goes in a protected attachment rather than in the message text. Beyond that, Mamori advises: a password-protected zip file followed by the password in the next e-mail does not protect much, because a wrong recipient or someone who has broken into a mailbox gets the password too; encrypted files also cannot be checked for viruses on the way. Where you can, share the file through a cloud link that only the named recipient can open, with an expiry date. If you do use a password, give it by phone or another route.

sme-q9-text = Do you use wireless LAN (Wi-Fi) safely, for example with a suitable encryption method?
sme-q9-why = Weak Wi-Fi is a way into your office network from outside, and from there to your PCs and shared files.
sme-q9-how = On the router's admin screen, choose WPA2 or WPA3 (the encryption methods in use today) and set a long password. Beyond IPA's item, Mamori advises: give visitors a separate guest network, and connect only devices the company has approved to the office Wi-Fi, because a Wi-Fi router or unmanaged device brought in by staff easily becomes a way in from outside.

sme-q10-text = Do you take measures against trouble when using the internet, such as infections or posts on social media?
sme-q10-why = Fake sites plant viruses or steal passwords, and a casual post or photo can reveal a customer's name or what is on a screen.
sme-q10-how = Download software only from the maker's official site or the official app store. Close fake warnings such as "Your PC is infected, call this number" and never call. Agree on what must never be posted, such as customers, prices and photos of the office.

sme-q11-text = Do you back up important information in case of infection, equipment failure or mistakes?
sme-q11-why = Ransomware, a failed disk or a simple mistake can wipe out your data in a moment. Ransomware also locks backups that stay connected.
sme-q11-how = Decide which data to back up and how often, and every few months try restoring a file to make sure it works. Beyond IPA's item, Mamori advises: keep at least one copy disconnected from the office network, or use a cloud service that keeps earlier versions, because ransomware also locks backups that stay connected.

sme-q12-text = Are papers and storage media with important information kept in a safe place instead of being left out on desks?
sme-q12-why = Papers left out can be read, photographed or taken by visitors, cleaners or anyone passing by.
sme-q12-how = Make clearing desks at the end of the day a rule. Keep important papers and USB memory sticks in a locked cabinet, and decide who holds the key.

sme-q13-text = When important information is taken out of the office, do you take measures against theft and loss?
sme-q13-why = Bags left on trains and laptops stolen from cars are a common cause of leaks.
sme-q13-how = Take out only what is needed, and keep a record. Protect laptops with the drive encryption built into Windows (BitLocker or device encryption) so nobody can read a lost one. Report any loss to the security lead at once.

sme-q14-text = When staff leave their desk, is it made impossible for others to see their screen or use their PC?
sme-q14-why = On an unlocked PC, anyone nearby can read e-mail, open files, or send messages in that person's name.
sme-q14-how = Press the Windows key and L together before leaving the desk. Also set the screen to lock by itself after a few minutes without use.

sme-q15-text = Do you restrict entry to the office by people who have no business there?
sme-q15-why = Visitors and delivery staff can see screens, papers and whiteboards, or walk off with a device.
sme-q15-how = Receive visitors at a fixed place and record who came. Accompany them inside the office, and keep papers and screens out of sight of meeting areas.

sme-q16-text = At the end of the day, do you take measures against theft, such as putting laptops and storage media away?
sme-q16-why = Laptops and storage media are small and easy to carry off, and they are the first things a burglar looks for.
sme-q16-how = Before going home, put laptops and USB memory sticks in a locked cabinet, or fix laptops to the desk with a security cable.

sme-q17-text = Do you take measures so that nobody forgets to lock the office when it is empty?
sme-q17-why = A door left unlocked, or a key still held by a former employee, makes it easy for someone to get in unnoticed.
sme-q17-how = Make the last person out responsible for checking the lock, and add a reminder such as a sign at the door. Also keep a list of who holds keys or entry cards, and collect them when someone leaves.

sme-q18-text = When you throw away papers, PCs or storage media with important information, do you make sure the data cannot be recovered?
sme-q18-why = Files that were only deleted can be recovered from a disk, and papers put out with ordinary rubbish can be read.
sme-q18-how = Shred papers or use a confidential-waste service. For PCs and disks, use data-erasure software or physical destruction, or a disposal company that gives you a certificate of erasure.

sme-q19-text = Do staff understand their duty to keep what they learn at work confidential, and follow the rules for it?
sme-q19-why = People who have clearly promised to keep information confidential handle it more carefully, and the promise gives the company grounds to act if information is taken.
sme-q19-how = Ask everyone, part-time staff included, to sign a confidentiality pledge when they join, and remind them of it when they leave. Explain, with examples, what counts as confidential.

sme-q20-text = Do you give staff security training and reminders regularly?
sme-q20-why = Most incidents start with an everyday action. Short, regular reminders keep people alert.
sme-q20-how = Cover the basics when someone joins, and hold a short session at least once a year. Use real cases and free materials, such as those IPA publishes.

sme-q21-text = Do you have rules on whether, and how, staff may use their own PCs or phones for work?
sme-q21-why = A personal device the company does not manage may be out of date, shared with family, or lost with work data on it.
sme-q21-how = First decide whether personal devices are allowed at all. If they are, require a screen lock, updates and anti-virus, and set conditions: no customer data stored on the device, losses reported at once, and work data deleted when the person leaves.

sme-q22-text = When you exchange important information with customers or business partners, do your contracts include confidentiality terms?
sme-q22-why = Without written terms, it is unclear who must protect the information and what happens if it leaks.
sme-q22-how = Sign a confidentiality agreement (NDA) before handing over important information. Check that contracts say how data is handled and that it is returned or deleted when the work ends.

sme-q23-text = Before you start using a cloud service or web hosting, do you check that it is safe and reliable?
sme-q23-why = Once your data sits with an outside service, that service's security becomes your security. Choosing on price alone can leave data exposed or out of reach.
sme-q23-how = Before signing up, check whether it offers two-step verification and access records, how it backs up data, what happens to your data when you cancel, and how it tells you about problems. Keep a list of the services you use and who manages each one.

sme-q24-text = Have you prepared for incidents by deciding who does what in an emergency and how to respond?
sme-q24-why = Confusion in the first hours of an incident makes the damage worse. A short plan made in advance saves time and prevents wrong decisions.
sme-q24-how = Put on one page whom staff tell first, who decides, and the phone numbers of your IT contractor and insurer. Add the first moves, such as taking the PC off the network (unplug the cable, turn off Wi-Fi) without switching it off. IPA's SME guidelines include an incident response guide written for small businesses.

sme-q25-text = Have you made the measures in this check (1 to 24) into written rules and made them known to all staff?
sme-q25-why = Rules that live only in someone's head are followed unevenly and forgotten when people change.
sme-q25-how = Start with a short handbook for staff, then widen it into fuller rules as needed. IPA publishes a handbook template and sample rules with its SME guidelines. Explain the rules to every new member of staff, and review them once a year.
