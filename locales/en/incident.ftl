# Incident card screen: headings, print button and the company's own fields.
incident-title = Incident card: { $org }
incident-print = Print (one A4 page)
incident-ours-heading = Our own contacts
incident-ours-lead = Fill these in now, while things are calm. They are saved as you type and printed on the card.
incident-blank = (not filled in yet)
incident-contacts-heading = Where to get help
incident-contacts-lead = To visit a page, copy its address into your web browser.
incident-url = Web page:
