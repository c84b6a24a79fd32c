# Café Desk: every sentence the bot sends, in English.
# Message ids are the same in every locale file; a test fails when one is missing or its variables
# differ (test/texts/locales.test.ts). Sections follow src/texts/<section>.ts, which render them.

## format

money = KES { NUMBER($amount) }
duration-under-a-minute = under a minute
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
no-phone = no phone
method-cash = cash
method-mpesa = M-Pesa
method-mpesa-simulated = simulated M-Pesa 🧪
date-at-time = { $date } at { $time }


## general




## sessions




## computers




## payments




## mpesa




## notices




## manager

# /invite
manager-invite-ask-role = Who are you inviting?
manager-invite-operator-button = 🧑‍💻 Operator
manager-invite-manager-button = 👔 Manager
manager-invite-link =
    Invite link for { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }:
    { $link }

    Send it only to that person. It works once, until { $until }; whoever opens it joins as { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }. /invites lists the links not used yet and revokes them.

# /invites
manager-invites-header = { $count ->
        [0] No invite links are waiting to be used. /invite makes one.
       *[other] Invite links not used yet ({ $count }):
    }
manager-invites-item = { $number }. For { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }, made by { $by }, works until { $until }
# An invite made on the server with `npm run invite`.
manager-invites-item-by-server = { $number }. For { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }, made by the server (npm run invite), works until { $until }
manager-invites-revoke-button = 🗑 Revoke { $number } ({ $role ->
        [MANAGER] manager
       *[OPERATOR] operator
    })
manager-invites-revoked = Revoked: that link no longer works.
manager-invites-gone = That link was already used or revoked.

# /staff
manager-staff-header = Staff ({ $count }):
# $you: yes for the manager reading the list; $state: active or deactivated.
manager-staff-item = { $state ->
        [deactivated] ⚪
       *[active] 🟢
    } { $name } – { $role ->
        [MANAGER] manager
       *[OPERATOR] operator
    }{ $you ->
        [yes] {" "}(you)
       *[no] {""}
    }{ $state ->
        [deactivated] , deactivated
       *[active] {""}
    }
manager-staff-deactivate-button = 🚫 Deactivate { $name }
manager-staff-confirm-deactivate = Deactivate { $name } ({ $role ->
        [MANAGER] manager
       *[OPERATOR] operator
    })? The bot stops answering them at once, they hear about no more payments, and invite links they made that nobody used stop working. To bring them back, reactivate them here; an invite link cannot.
manager-staff-confirm-button = 🚫 Yes, deactivate
manager-staff-keep-button = ↩️ No, keep
manager-staff-deactivated = { $name } is deactivated.{ $revokedInvites ->
        [0] {""}
        [one] {" "}{ $revokedInvites } invite link they made no longer work.
       *[other] {" "}{ $revokedInvites } invite links they made no longer work.
    }
manager-staff-shift-closed-uncounted = { $name }'s shift was closed without a count: { $expected } should be in the drawer.
manager-staff-not-found = That person is not on the staff list any more.
manager-staff-self = You cannot deactivate yourself. Ask another manager.
manager-staff-already-inactive = { $name } was already deactivated.
manager-staff-reactivate-button = ♻️ Reactivate { $name }
manager-staff-confirm-reactivate = Reactivate { $name } as { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }? They can use the bot again at once.
manager-staff-confirm-reactivate-button = ♻️ Yes, reactivate
manager-staff-keep-out-button = ↩️ No
manager-staff-reactivated = { $name } is back on the staff.
manager-staff-already-active = { $name } is already active.
# $role: the role the button gives.
manager-staff-role-button = { $role ->
        [MANAGER] ⬆️ Make { $name } manager
       *[OPERATOR] ⬇️ Make { $name } operator
    }
manager-staff-confirm-make-manager = Make { $name } a manager? They can use the managers' commands at once: /staff, /invite, /tariff, /report, /export and /audit among them, and they hear about every payment.
manager-staff-confirm-make-operator = Make { $name } an operator? They lose the managers' commands at once and hear about payments no more.
manager-staff-confirm-make-yourself-operator = Make yourself an operator? You lose the managers' commands at once and hear about payments no more.
manager-staff-confirm-role-button = { $role ->
        [MANAGER] ⬆️ Yes, make manager
       *[OPERATOR] ⬇️ Yes, make operator
    }
manager-staff-role-changed = { $name } is now { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }.
manager-staff-role-changed-yourself = You are now { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }.
# The role changed since the list was shown, or the person was deactivated: nothing done.
manager-staff-role-stale = { $name } is already { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }: nothing changed.
manager-staff-role-stale-deactivated = { $name } is deactivated: nothing changed.
# For the person whose role changed.
manager-staff-you-are-manager = { $by } made you a manager. You can now use /staff, /invite, /invites, /tariff, /computers, /report, /export and /audit (see your command menu), and you hear about every payment.
manager-staff-you-are-operator = { $by } made you an operator. The managers' commands (/staff, /tariff, /report, /audit and the others) are no longer yours, and you hear only about the payments you ask for; your command menu shows what you can use.
manager-staff-last-manager = The café needs at least one manager: make someone else a manager first.

# /tariff
manager-tariff-rate-line = • { $rate } per hour, charged by the second
# $window: "06:00–09:00".
manager-tariff-window-line = • { $window }: { $rate } per hour
manager-tariff-minimum-line = • Minimum charge: { $minimum }
manager-tariff-rounding-line = • Rounding: { $rounding ->
        [UP] always up
        [DOWN] always down
       *[HALF_UP] to the nearest shilling (half up)
    }
manager-tariff-now = Tariff now:
manager-tariff-changed-by = Changed by { $by } on { $at }.
manager-tariff-changed-by-former-staff = Changed by someone no longer on the staff on { $at }.
manager-tariff-default = This is the default from the settings; no manager has changed it yet.
manager-tariff-group-own = { $group } computers, own tariff:
manager-tariff-group-uses-cafe = { $group } computers: the tariff above.
manager-tariff-change-button = ✏️ Change café tariff
manager-tariff-change-group-button = ✏️ Change { $group } tariff
manager-tariff-clear-group-button = ↩️ { $group }: use café tariff
manager-tariff-group-cleared = { $group } computers now use the café tariff for sessions started from now on; sessions already running keep the tariff they started with.
manager-tariff-group-gone = That group is no longer there.
manager-tariff-group-changed-meanwhile = { $by } changed the { $group } tariff after you looked at it, so I did not send { $group } back to the café tariff. Here is the tariff now.
manager-tariff-group-changed-meanwhile-by-someone = Someone changed the { $group } tariff after you looked at it, so I did not send { $group } back to the café tariff. Here is the tariff now.
manager-tariff-ask-rate = New rate per hour, in whole shillings? (now { $now })
manager-tariff-ask-group-rate = Tariff for { $group } computers. New rate per hour, in whole shillings? (now { $now })
manager-tariff-invalid-rate = Type a whole number of shillings from 1 to { $max }, e.g. 60.
# $now: the windows set now, or manager-tariff-no-windows.
manager-tariff-ask-windows =
    Other rates at times of day? One per line: the times on the café's clock and the rate per hour, e.g.
    06:00-09:00 50
    22:00-06:00 60 (a window may cross midnight)
    Send none for one rate all day, or /skip to keep what is set now ({ $now }).
manager-tariff-no-windows = none
# $problem: one of the manager-tariff-windows-… messages.
manager-tariff-invalid-windows = { $problem } Send the windows again, or none.
manager-tariff-windows-unreadable = I could not read “{ $line }”: write a window as start-end rate, e.g. 06:00-09:00 50.
manager-tariff-windows-time = Times go from 00:00 to 24:00.
manager-tariff-windows-empty = A window must end at another time than it starts.
manager-tariff-windows-rate = A rate is a whole number of shillings from 1 to { $max }.
manager-tariff-windows-too-many = At most { $max } windows.
manager-tariff-windows-overlap = Two windows overlap: each time of day can have one rate only.
manager-tariff-ask-minimum = Minimum charge for a session, in whole shillings? (now { $now })
manager-tariff-invalid-minimum = Type a whole number of shillings from 1 to { $max }, e.g. 10.
manager-tariff-ask-rounding =
    How should part of a shilling be rounded?
    Half up: 12.50 → 13, 12.40 → 12
    Up: 12.10 → 13
    Down: 12.90 → 12
manager-tariff-half-up-button = Half up
manager-tariff-up-button = Up
manager-tariff-down-button = Down
manager-tariff-new = New tariff:
manager-tariff-new-for-group = New tariff for { $group } computers:
manager-tariff-windows-explained = Each part of a session is charged at the rate of its time of day; the parts are added up exactly, rounded once, and then raised to the minimum charge if below it.
# $examples: "30 min → KES 50, 1 h → KES 100".
manager-tariff-examples = For example: { $examples }.
manager-tariff-examples-outside-windows = For example, outside those times: { $examples }.
manager-tariff-save-question = It applies to sessions started from now on; sessions already running keep the tariff they started with. Save it?
manager-tariff-save-button = ✅ Save
manager-tariff-discard-button = ✖️ Don't change
manager-tariff-saved = ✅ Tariff changed. Sessions started from now on are charged with it; sessions already running keep the tariff they started with.
manager-tariff-saved-for-group = ✅ { $group } tariff changed. Sessions started from now on on { $group } computers are charged with it; sessions already running keep the tariff they started with.
manager-tariff-discarded = Nothing was changed; the tariff stays as it was.
manager-tariff-changed-meanwhile = { $by } changed the tariff while you were answering, so I did not save yours. /tariff shows the tariff now.
manager-tariff-changed-meanwhile-by-someone = Someone changed the tariff while you were answering, so I did not save yours. /tariff shows the tariff now.
manager-tariff-invalid = That tariff is not valid, so nothing was changed. /tariff to try again.

# /customers
manager-customer-no-match = No customer matches “{ $query }”. Type another part of the name, phone or ID number, or /cancel.
manager-customer-pick = Pick the customer:
manager-customer-pick-among-first = Pick the customer. Only the first { $limit } matches are shown; to see others, send /customers with more of the name, e.g. /customers jane wanjiru.
manager-customer-phone = Phone: { $phone }
manager-customer-id-number = ID number: { $idNumber }
manager-customer-unpaid = Not paid yet: { $unpaid } (see /unpaid)
manager-customer-nothing-unpaid = Not paid yet: nothing
manager-customer-latest-balance = Balance noted on the last payment: { $balance }
manager-customer-no-sessions = No sessions yet.
manager-customer-sessions = Recent sessions:
manager-customer-session-running = running now
manager-customer-no-payments = No payments yet.
manager-customer-payments = Recent payments:
# $forSession: yes or no; $receipt: none when there is none.
manager-customer-payment = { $icon } #{ $id } { $amount }{ $forSession ->
        [yes] {" "}(session)
       *[no] {""}
    }, { $date }, { $method }, { $state }{ $receipt ->
        [none] {""}
       *[other] , receipt { $receipt }
    }
manager-customer-change-phone-button = 📱 Change phone
manager-customer-change-name-button = ✏️ Change name
manager-customer-ask-phone = New M-Pesa number for { $name }? (now { $phone }) For example 0712 345 678.
manager-customer-ask-first-name = First name? (now { $current }; /skip keeps it)
manager-customer-ask-last-name = Last name? (now { $current }; /skip keeps it)
# $problem: why the name was refused.
manager-customer-invalid-name = { $problem } Or /skip to keep it.
manager-customer-saved = ✅ Saved: { $label }
manager-customer-not-found = That customer no longer exists.



## audit




## exports




## reports




## shifts




## menu-payments




## receipt-checks




## language


