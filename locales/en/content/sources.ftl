# Sources: one plain sentence per document, plus the shared notice and source line.

content-notice = Mamori summarised this in its own words from the document named. METI, IPA and the other publishers did not write, check or endorse this summary.
# $edition and $date are "none" when the source has none.
content-source-label = Source: { $title }{ $edition ->
        [none] {""}
       *[other] , { $edition }
    }, { $publisher }{ $date ->
        [none] {""}
       *[other] , { $date }
    }

src-meti-csm-3-0-note = The current edition (March 2023) of the guideline from METI and IPA that tells company leaders what to keep in mind and which ten things to have their security lead do; Mamori's plan is built on it.
src-meti-csm-2-0-note = The 2017 edition of the same guideline, which added detecting attacks and recovering from them and strengthened the part on the supply chain; it also appeared in English.
src-meti-csm-1-1-note = The 2016 revision of the first edition (2015), which stressed that security spending is an investment that company leaders must drive; it also appeared in English.
src-ipa-sme-3-1-note = IPA's security guideline for small and medium-sized businesses, including sole traders, updated in April 2023 for telework and with a guide to handling incidents added.
src-ipa-selfcheck-3-1-note = IPA's 25-question self-check that comes with its guideline for small businesses (Appendix 3); each answer earns points, up to 100 in total.
src-ipa-security-action-note = IPA's scheme, started in February 2017, in which a small business declares its own security efforts at one or two stars; it is a self-declaration, not a certification.
src-ipa-practice-navi-note = IPA's web pages that take METI's ten directions one by one, with first steps, typical situations and practical examples from companies.
src-tokyo-sme-training-note = Training material from a Tokyo Metropolitan Government support programme for small businesses (2023) that explains who does what under METI's guideline.
src-meti-jftc-supply-chain-2022-note = Guidance from METI and the Japan Fair Trade Commission (October 2022) on building partnerships with business partners to raise security across the whole supply chain.
src-ipa-10threats-2026-note = IPA's yearly list of the information security threats that had the most impact on society in the previous year, chosen by a vote of experts; the 2026 edition was published on 29 January 2026.
src-ms-windows10-lifecycle-note = Microsoft's page on how long Windows 10 Home and Pro are supported, with the date support ended.
