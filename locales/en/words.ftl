# Words many messages share: buttons, activities, levels.

button-accept = Accept
button-decline = Decline
button-message = Message
button-reply = Reply
button-reply-form = Your reply
button-report = Report
button-block = Block
button-cancel = Cancel

activity-running = Running
activity-cycling = Cycling
activity-gym = Gym / strength
activity-yoga = Yoga
activity-swimming = Swimming
activity-hiking = Hiking
activity-climbing = Climbing
activity-hiit = HIIT
activity-walking = Walking
activity-tennis = Tennis
activity-football = Football
activity-basketball = Basketball
activity-martial-arts = Martial arts
activity-dance = Dance
activity-rowing = Rowing
activity-skating = Skating

level-beginner = beginner
level-intermediate = intermediate
level-advanced = advanced
