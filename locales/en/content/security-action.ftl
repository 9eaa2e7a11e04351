### SECURITY ACTION self-declaration and the basic security policy template, in Mamori's own words.

## Levels

sa-star1-title = SECURITY ACTION one star (★)
sa-star1-body = Your company declares that it works on the five basics of IPA's SME guidelines (情報セキュリティ5か条). What you declare is the intention to work on them: all five do not have to be finished. It is a first step any business can take. Some government subsidies make a SECURITY ACTION declaration, one star or two stars, a condition for applying. In 2026 this applies to 「デジタル化・AI導入補助金」 (the new name of the IT導入補助金, a subsidy for adopting IT tools), including its security track セキュリティ対策推進枠 (checked December 2026). Conditions can change with each call for applications, so check the current guidelines before you apply.
sa-star2-title = SECURITY ACTION two stars (★★)
sa-star2-body = Declare that you have checked your company's current state with the 25-question self-check, set a basic security policy, and published that policy outside the company. A company that already works on the five basics may declare two stars straight away, without declaring one star first.

## What each level needs

sa-req-basics-declared = For each of the five basics, you have recorded how your company handles it: at least one of its steps is marked as done, in progress or not applicable. All five do not have to be finished.
sa-req-selfcheck-complete = All 25 questions of the self-check are answered.
sa-req-policy-adopted = The basic security policy is filled in and adopted by the owner.
sa-req-policy-published = The basic security policy is published outside the company, for example on your website.

sa-notice = SECURITY ACTION is a self-declaration scheme that IPA has run since 2017: your company declares for itself what it is doing about security. It is not a certification: nobody inspects or approves your company. Describe it as a declaration, for example "we have declared SECURITY ACTION two stars", and never as "certified" or "accredited". Mamori helps you get ready; the declaration is your company's own.
sa-how-to-declare = Your company makes the declaration itself, on IPA's SECURITY ACTION website; Mamori cannot declare for you. Since April 2026 you apply through IPA's new system, logging in with a GビズID account of the Prime or Member type (the same ID used for subsidy applications; an Entry account is not accepted). Your declaration ID is issued as soon as you apply, and the logo can be downloaded straight away. You check, change or withdraw your registration on the new system's My Page (checked December 2026). You may show the logo as its terms of use allow, for example on your website and business cards.

## Basic security policy template

sa-basic-policy-title = { $company } Basic Security Policy

sa-basic-policy-purpose-heading = Purpose
sa-basic-policy-purpose-body = { $company } ("we") works with information entrusted to us by customers and business partners, information about our staff, and information about our own business. Protecting this information is a management responsibility: it is how we keep the trust of our customers and partners, and how we keep our business running. To protect it from cyber attacks, careless mistakes and disasters, we set out this basic security policy, and our management will lead the effort.

sa-basic-policy-scope-heading = Scope
sa-basic-policy-scope-body = This policy applies to { $scope }. It applies wherever the work is done, including at home and while travelling.

sa-basic-policy-commitments-heading = Our commitments
sa-basic-policy-commitments-body =
    We will:
    1. Know what information we must protect, and manage it according to its importance.
    2. Keep PCs, phones and other devices up to date, and take the measures needed to protect them, such as anti-virus protection, strong passwords and limits on who can access what.
    3. Appoint a person responsible for information security, and provide the budget and people the work needs.
    4. Ask the same care of any outside company to which we entrust work or information.

sa-basic-policy-compliance-heading = Laws and agreements
sa-basic-policy-compliance-body = We will comply with the laws that apply to information security, such as the Act on the Protection of Personal Information, and keep the promises we have made to customers and partners in our contracts. Breaches of our internal security rules will be dealt with under our work rules.

sa-basic-policy-training-heading = Training
sa-basic-policy-training-body = We will train all staff when they join and regularly after that, so that everyone understands why information security matters and can follow our rules. We will share news of new attack methods and other important information as it arises.

sa-basic-policy-incidents-heading = Incidents
sa-basic-policy-incidents-body = If an information security incident happens or is suspected, such as a data leak, a virus infection or a lost device, staff will report it at once to the person responsible. No one will be blamed for reporting. We will act quickly to limit the damage, find the cause and prevent it from happening again, and we will promptly inform customers, partners and the authorities as laws and contracts require.

sa-basic-policy-review-heading = Review
sa-basic-policy-review-body =
    We will review this policy and our internal rules at least once a year, and whenever our business or the threats we face change significantly, and keep improving them.

    Adopted: { $date }
    { $company }
    { $owner }

## Form fields

sa-basic-policy-field-company = Company name
sa-basic-policy-field-company-hint = Your company's registered name, for example Yamada Seisakusho Co., Ltd.
sa-basic-policy-field-date = Date adopted
sa-basic-policy-field-date-hint = The date the policy takes effect, for example 1 April 2025.
sa-basic-policy-field-owner = Adopted by
sa-basic-policy-field-owner-hint = The title and name of the owner who adopts the policy, for example President Taro Yamada.
sa-basic-policy-field-scope = Who and what it covers
sa-basic-policy-field-scope-hint = Completes the sentence "This policy applies to …", for example: all directors and staff (including part-time staff), and all information handled in our business, together with the devices and services used to handle it.
