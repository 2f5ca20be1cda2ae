// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstdint>

namespace trato {

// RFC 9562 UUID version 7: 48 bits of Unix milliseconds, then a 12-bit counter in rand_a that keeps
// ids made within one millisecond strictly increasing (method 1 of RFC 9562 section 6.2), then 62
// random bits. Ids therefore sort by creation time as text, which keeps B-tree inserts appending.
// Qt 6.4 has no QUuid::createUuidV7, hence this small generator. Thread-safe.
class Uuid7
{
public:
    static QString create();
    // For tests and deterministic data: an id for a given time, counter and random tail.
    static QString fromParts(std::uint64_t unixMs, std::uint16_t counter, std::uint64_t randomTail);
    static bool isValid(const QString &text);
    static std::uint64_t timestampMs(const QString &text); // 0 if not a v7 id
};

} // namespace trato
