# Form building blocks shared by every form.
forms-problems = { $count ->
    [one] There is a problem
   *[other] There are { $count } problems
}
forms-error = Error:
