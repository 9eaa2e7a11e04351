# Why now: short sections for owners, and sourced facts (numbers as plain text).

intro-management-issue-title = Cyber risk is a business risk
intro-management-issue-body = Attacks rarely start like a film. They start with one e-mail opened by a busy employee, one PC that missed its updates, or one password used everywhere. What follows is a business problem: orders you can't process, customer data you have to apologise for, days of lost work. That is why METI's guideline is written for company leaders, not for IT staff. You don't need to be technical. But deciding how much risk the company can live with, and making sure someone is in charge of the rest, is the owner's job.

intro-supply-chain-title = Why your customers are asking about security
intro-supply-chain-body = Attackers look for the easiest way in. A large company may be well protected while its smaller suppliers and contractors are not, and their systems or e-mail often connect to the larger company. So METI's guideline asks company leaders to look after security across the whole supply chain, including partners and contractors (principle 2), to know how their partners are doing, and to make responsibilities clear in contracts (direction 9). When a customer sends you a security questionnaire, it is doing what the guideline asks. Being able to answer clearly helps you keep that business.

intro-cost-title = What it costs when it goes wrong
intro-cost-body = For a company of 10 to 50 people, one incident can mean days without e-mail, accounts or production; money spent on investigation, recovery and apologies; customers who move to a competitor; and staff worn out from cleaning up. If personal data leaks, you may have to report it and explain yourself to the people affected. IPA's guideline for small businesses lists these same losses (money, customers, stopped work and staff morale) and reminds owners that they carry legal and social responsibility.

intro-mamori-path-title = What Mamori will walk you through
intro-mamori-path-body = First, the basics IPA recommends for every business: five simple rules and a 25-question self-check. Next, a written security policy that you sign. These are the steps towards SECURITY ACTION, IPA's scheme in which a business declares its own efforts (a self-declaration, not a certificate). Then Mamori takes METI's ten directions one at a time, broken into small steps for you, your IT person and your contractor. Finally, you fill in an incident card, so everyone knows what to do and who to call in the first hour.

## Facts (each shown with its source)
intro-top-threats-2026 = In IPA's list of the top ten threats for organisations, published on 29 January 2026 (「情報セキュリティ10大脅威 2026」), ransomware came first and attacks through suppliers and contractors second. Cyber risks around the use of AI entered the list for the first time, in third place.
intro-windows10-end = Support for Windows 10 ended on 14 October 2025. Since then, PCs running it get no fixes for newly found weaknesses unless they are enrolled in Extended Security Updates (ESU). Replace any that are still in use, or check the conditions for enrolling them.
intro-slow-detection = When METI revised its guideline in 2017, one reason it gave was that companies in Japan and the rest of Asia take longer than the global average to discover an attack. It added detecting, responding to and recovering from attacks.
intro-executive-liability = The 2017 edition of METI's guideline also warns that if leaders fail to invest properly in security and society is harmed as a result, they may be held legally liable.
