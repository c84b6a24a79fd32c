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




## audit




## exports




## reports

report-period-examples = e.g. { $command }, { $command } yesterday, { $command } week, { $command } month, { $command } 28/11/2026 or { $command } 1/11/2026-15/11/2026
report-period-unreadable = I did not understand the period. Type a day, a range or a word, { $examples }.
report-period-no-such-date = That date does not exist. Type a real day, e.g. { $command } 28/11/2026.
report-period-future = That is after today: { $command } covers days that have begun, { $examples }.
report-period-backwards = The range ends before it starts. Put the earlier day first, e.g. { $command } 1/11/2026-15/11/2026.
report-period-too-long = { $command } covers at most { $days } days. Ask for a shorter range, e.g. { $command } 1/11/2026-15/11/2026.

report-title = 📊 Report for { $period }
report-as-of = As of { $time }
report-takings-none = 💰 Takings: nothing came in.
report-takings = 💰 Takings: { $amount } ({ $count ->
    [one] { $count } payment
   *[other] { $count } payments
  })
report-takings-mpesa = M-Pesa: { $amount }
report-takings-simulated = 🧪 of which simulated, no real money: { $amount }
report-takings-cash = Cash: { $amount }
report-by-operator = By operator:
report-refunds = ↩️ Given back in cash (unused prepaid time): { $amount }
report-net-cash = 💵 Net cash (cash taken less given back): { $amount }
report-sessions-none = 🖥 Sessions: none ended.
report-sessions = 🖥 Sessions ended: { $count }, { $sold } sold, { $average } on average
report-owed-none = ✅ Nothing owed for these days.
report-owed = ⏳ Still owed: { $amount } ({ $count ->
    [one] { $count } payment
   *[other] { $count } payments
  })
report-owed-by-reason = { $reason ->
    [not_requested] Not asked for yet
    [failed] Prompt failed
    [unknown] No answer from M-Pesa
   *[mismatch] Another amount paid
  }: { $amount }
report-waiting = ⌛ Waiting for the customer's PIN: { $amount }, not counted yet
report-to-check = 🔎 Check on the M-Pesa statement:
report-biggest-owed = 📌 Biggest amounts owed:
report-owed-line = • { $amount } { $customer } ({ $date }): { $reason ->
    [not_requested] not asked for yet
    [failed] M-Pesa prompt failed
    [unknown] no answer from M-Pesa: check the statement
   *[mismatch] another amount was paid: check the statement
  }

report-chart-title = Takings by { $unit ->
    [hour] hour
   *[day] day
  }, { $period }
report-chart-cash = Cash
report-chart-amounts = KES
report-chart-hours = Hour
report-chart-days = Day
report-chart-caption = 📈 Takings, { $period }: M-Pesa and cash

report-daily-summary-heading = 🌙 Closing time: the day's summary
report-shifts-left-open = ⚠️ Shifts left open past closing time ({ $closing }): { $count }
report-shift-left-open = • { $name }, opened { $opened } with a float of { $float }: { $closed ->
    [none] still open
   *[other] closed { $closed }
  }
report-shifts-left-open-ask = Ask whoever left theirs open to count the drawer and close it with /shift.



## shifts

shift-ask-float = Opening your shift. How much cash is in the drawer to start with (the float)? Type it in whole shillings, e.g. 2000 (0 if none).
shift-invalid-float = Type the float in whole shillings, digits only, e.g. 2000 (0 if the drawer is empty). Your shift is not open yet.
shift-opened = 🟢 Shift opened at { $opened } with a float of { $float }. Send /shift to see it or close it.
shift-already-open = Your shift is already open, since { $opened } with a float of { $float }: nothing was changed. Send /shift to see it or close it.
shift-so-far = 🧾 Your shift since { $opened } ({ $duration })
shift-float = Float: { $amount }
shift-cash-taken = Cash taken: { $amount }
shift-cash-given-back = Cash given back: { $amount }
shift-expected = Expected in the drawer: { $amount }
shift-mpesa-paid = M-Pesa paid: { $amount }
shift-still-running = Sessions you started still running: { $count ->
    [0] none.
   *[other] { $count }
  }
shift-running-session = • { $computer ->
    [none] {""}
   *[other] { $computer }:{" "}
  }{ $customer }, since { $since }, { $amount } so far
shift-close-button = 🔒 Close the shift
shift-keep-button = Keep it open
shift-kept-open = Your shift stays open. Send /shift to close it later.
shift-ask-counted = Count the cash in the drawer and type the total in whole shillings, e.g. 3500.
shift-invalid-counted = Type the cash counted in whole shillings, digits only, e.g. 3500. Your shift is still open.
shift-closed = 🔒 Shift closed: { $name }, { $opened } – { $closed } ({ $duration })
shift-counted = Counted: { $amount }
shift-not-counted = Counted: not counted (closed when { $name } was taken off the staff)
shift-not-counted-closed-by = Counted: not counted (closed when { $name } was taken off the staff by { $by })
shift-short = ❗ Short by { $amount }
shift-over = ➕ Over by { $amount }
shift-no-difference = ✅ The drawer agrees: no difference.
shift-mpesa-at-close = M-Pesa paid (as of the close): { $amount }
shift-left-running = Sessions left running: { $count ->
    [0] none.
   *[other] { $count }
  }
shift-already-closed = This shift was already closed: nothing was changed.
shift-not-found = That shift is not open any more. Send /shift to see where you stand.

shift-long-session =
    ⏰ Long session: { $computer ->
        [none] {""}
       *[other] { $computer },{" "}
    }{ $customer }, since { $since } ({ $duration }), started by { $by }.
    Charge so far: { $amount }{ $prepaid ->
        [none] {""}
       *[other] {" "}({ $prepaid } of it prepaid)
    }.
    Check that the customer is still there. If they left, tap End and take the payment; if they stay, you may ask them to pay for the time so far.



## menu-payments




## receipt-checks




## language


