# The level ranges a session suits: menu choices, guided-flow buttons and what people type.
level-range-all = All levels
level-range-beginner = Beginner
level-range-intermediate = Intermediate
level-range-advanced = Advanced
level-range-beginner-intermediate = Beginner to intermediate
level-range-intermediate-advanced = Intermediate to advanced
