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

QString hex(std::uint64_t v, int digits)
{
    return QStringLiteral("%1").arg(v, digits, 16, QLatin1Char('0'));
}
} // namespace

QString Uuid7::fromParts(std::uint64_t unixMs, std::uint16_t counter, std::uint64_t randomTail)
{
    const std::uint64_t ms = unixMs & 0xFFFFFFFFFFFFull;
    const std::uint64_t randA = counter & 0x0FFFu;
    const std::uint64_t tail = randomTail & 0x3FFFFFFFFFFFFFFFull; // 62 bits
    const std::uint64_t clockSeq = 0x8000u | ((tail >> 48) & 0x3FFFu); // variant 10xx
    const std::uint64_t node = tail & 0xFFFFFFFFFFFFull;
    return hex(ms >> 16, 8) + QLatin1Char('-') + hex(ms & 0xFFFF, 4) + QLatin1Char('-')
        + hex(0x7000u | randA, 4) + QLatin1Char('-') + hex(clockSeq, 4) + QLatin1Char('-') + hex(node, 12);
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
