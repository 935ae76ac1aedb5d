#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WAREHOUSES 64

struct ledger {
    char codes[MAX_WAREHOUSES][8];
    long levels[MAX_WAREHOUSES];
    int count;
};

/**
 * Finds the slot of a warehouse code, adding it when absent.
 * Codes are compared case-insensitively and truncated to seven
 * characters, which is what the label printer can handle anyway.
 * Returns -1 when the ledger is full.
 */
static int slot(struct ledger *l, const char *code)
{
    char key[8];
    size_t i;
    for (i = 0; i < sizeof key - 1 && code[i]; i++) {
        key[i] = (char) toupper((unsigned char) code[i]);
    }
    key[i] = '\0';
    for (int s = 0; s < l->count; s++) {
        if (strcmp(l->codes[s], key) == 0) {
            return s;
        }
    }
    if (l->count == MAX_WAREHOUSES) {
        return -1;
    }
    strcpy(l->codes[l->count], key);
    l->levels[l->count] = 0;
    return l->count++;
}

int ledger_receive(struct ledger *l, const char *code, long units)
{
    int s = slot(l, code);
    if (s < 0 || units <= 0) {
        return -1;
    }
    l->levels[s] += units;
    return 0;
}

long ledger_ship(struct ledger *l, const char *code, long units)
{
    int s = slot(l, code);
    if (s < 0) {
        return -1;
    }
    if (l->levels[s] < units) {
        fprintf(stderr, "only %ld units in %s, need %ld\n", l->levels[s], l->codes[s], units);
        return -1;
    }
    l->levels[s] -= units;
    return l->levels[s];
}

int parse_header(const char *line, char *key, size_t key_len)
{
    const char *eq = strchr(line, '=');
    size_t n = eq ? (size_t) (eq - line) : strlen(line);
    if (n == 0 || n >= key_len) {
        return -1;
    }
    memcpy(key, line, n);
    key[n] = '\0';
    return (int) n;
}
