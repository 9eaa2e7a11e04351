# Roles used to tag each step. "-smb" explains how a firm of about 10 people fills the role.

role-owner-name = Owner
role-owner-smb = Usually the president. You decide how much risk the business can live with, approve the budget, and sign the policy. You can ask others to do the work, but the responsibility stays with you.

role-lead-name = Security lead
role-lead-smb = Often the president again, or the person who already looks after the PCs, such as the office manager. It is a part-time job of a few hours a month. Name a deputy too, so it does not all rest on one person.

role-staff-name = Staff
role-staff-smb = Everyone who uses a PC, phone or work e-mail, including part-timers and temporary staff. Their part is to follow a few clear rules and to report anything odd at once.

role-vendor-name = Outside vendor
role-vendor-smb = The IT contractor that set up your PCs and network, your cloud and software providers, and any contractor who handles your data. They do technical work under contract, but the decisions stay with you.

# Effort sizes shown next to each step.
effort-quick-name = Quick (under an hour)
effort-half-day-name = Half a day
effort-project-name = Project (days to weeks)
