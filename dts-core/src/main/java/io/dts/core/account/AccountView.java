package io.dts.core.account;

import java.util.List;

/** What an account looks like from outside: never the password hash. */
public record AccountView(String username, List<String> roles, long balance, long lockedStake) {

    public static final String ROLE_USER = "USER";
    public static final String ROLE_OWNER = "OWNER";

    static List<String> rolesOf(boolean owner) {
        return owner ? List.of(ROLE_USER, ROLE_OWNER) : List.of(ROLE_USER);
    }
}
