// SPDX-License-Identifier: GPL-3.0-or-later
#include "uuid7.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <mutex>

namespace trato {

namespace {
std::mutex s_mutex;
std::uint64_t s_lastMs = 0;
std::uint16_t s_counter = 0;

// Lower-case hex digits of v, most significant first, zero-padded to the width (no QString::arg:
// a bulk import makes a million ids).
void hex(char16_t *out, std::uint64_t v, int digits)
{
    static constexpr char16_t kDigits[] = u"0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i, v >>= 4)
        out[i] = kDigits[v & 0xF];
}
} // namespace

QString Uuid7::fromParts(std::uint64_t unixMs, std::uint16_t counter, std::uint64_t randomTail)
{
    const std::uint64_t ms = unixMs & 0xFFFFFFFFFFFFull;
    const std::uint64_t randA = counter & 0x0FFFu;
    const std::uint64_t tail = randomTail & 0x3FFFFFFFFFFFFFFFull; // 62 bits
    const std::uint64_t clockSeq = 0x8000u | ((tail >> 48) & 0x3FFFu); // variant 10xx
    const std::uint64_t node = tail & 0xFFFFFFFFFFFFull;
    QString out(36, Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    hex(d, ms >> 16, 8);
    d[8] = u'-';
    hex(d + 9, ms & 0xFFFF, 4);
    d[13] = u'-';
    hex(d + 14, 0x7000u | randA, 4);
    d[18] = u'-';
    hex(d + 19, clockSeq, 4);
    d[23] = u'-';
    hex(d + 24, node, 12);
    return out;
}

QString Uuid7::create()
{
    std::uint64_t ms = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());
    std::uint16_t counter;
    {
        std::lock_guard<std::mutex> lock(s_mutex);
        if (ms <= s_lastMs) {
            // Same millisecond (or the wall clock stepped back): keep order by counting on from
            // the last stamp; when the 12-bit counter overflows, borrow the next millisecond.
            ms = s_lastMs;
            if (++s_counter > 0x0FFF) {
                ++ms;
                s_counter = 0;
            }
        } else {
            // Start each millisecond at a random point in the lower half so ids are not guessable
            // but there is room to count up.
            s_counter = static_cast<std::uint16_t>(QRandomGenerator::global()->bounded(0x0800));
        }
        s_lastMs = ms;
        counter = s_counter;
    }
    return fromParts(ms, counter, QRandomGenerator::global()->generate64());
}

bool Uuid7::isValid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

std::uint64_t Uuid7::timestampMs(const QString &text)
{
    if (!isValid(text))
        return 0;
    QString digits = text.left(8) + text.mid(9, 4);
    return digits.toULongLong(nullptr, 16);
}

} // namespace trato
