package org.stint.company;

/** What adding a colleague did: they joined at once, or an invitation waits for their sign-up. */
enum ColleagueAdded {
    JOINED,
    INVITED
}
