package org.stint.company;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Add a colleague by e-mail." */
record ColleagueForm(@NotBlank @Email @Size(max = 254) String email) {

    static ColleagueForm empty() {
        return new ColleagueForm("");
    }
}
