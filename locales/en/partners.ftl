# Supply-chain register: partners, what you know about their security, and when you checked.
partners-title = Partners and suppliers
partners-why-heading = Why your partners matter
partners-why-1 = Your information does not stay inside your office. Your IT contractor may log in to your PCs from outside, a contractor may hold your drawings, and a customer may receive your files every day. If one of them is attacked, your data and your business can be hit too. Attackers often choose the smaller, less protected company as their way in to the bigger one.
partners-why-2 = That is why METI's guideline asks company leaders to think about security across the whole supply chain, not only inside their own company. Start small: list who handles your information, ask whether they have declared SECURITY ACTION, check what your contracts say about security, and look again at least once a year.
partners-summary = { $count ->
    [one] 1 partner
   *[other] { $count } partners
} in the register. { $check ->
    [0] All have been checked within the last year.
    [one] 1 needs checking (never checked, or over a year ago).
   *[other] { $check } need checking (never checked, or over a year ago).
}
partners-add = Add a partner
partners-add-heading = A new partner
partners-edit-heading = Edit: { $name }
partners-edit = Edit
partners-edit-label = Edit { $name }
partners-delete = Delete
partners-delete-label = Delete { $name }
partners-delete-confirm = Delete { $name } from the register? This cannot be undone.
partners-save = Save
partners-empty = No partners yet. Start with your IT contractor and the customers or contractors you exchange files with.
partners-field-name = Company name
partners-handles-hint = For example: "looks after our PCs and can log in remotely" or "receives our drawings by e-mail".
partners-never-checked = Never checked
partners-stale = Last checked over a year ago ({ $date })
partners-not-yet = not yet
partners-relation-subsidiary = Subsidiary
partners-relation-group-company = Group company
partners-relation-business-partner = Customer or supplier
partners-relation-contractor = Contractor
partners-relation-it-vendor = IT contractor or cloud provider
partners-level-none = Not declared
partners-level-star1 = ★ One star
partners-level-star2 = ★★ Two stars
partners-level-unknown = Don't know
partners-clause-yes = Yes
partners-clause-no = No
partners-clause-unknown = Don't know
