// SPDX-License-Identifier: GPL-3.0-or-later
#include "hlc.h"

#include <QDateTime>

#include <algorithm>

namespace trato {

QString HlcStamp::toString() const
{
    return QStringLiteral("%1%2-%3")
        .arg(ms, 12, 16, QLatin1Char('0'))
        .arg(counter, 4, 16, QLatin1Char('0'))
        .arg(site);
}

bool HlcStamp::parse(const QString &text, HlcStamp *out)
{
    if (text.size() < 17 || text.at(16) != QLatin1Char('-'))
        return false;
    bool ok1 = false, ok2 = false;
    HlcStamp s;
    s.ms = text.left(12).toULongLong(&ok1, 16);
    s.counter = text.mid(12, 4).toUInt(&ok2, 16);
    s.site = text.mid(17);
    if (!ok1 || !ok2)
        return false;
    if (out)
        *out = s;
    return true;
}

bool HlcStamp::operator<(const HlcStamp &o) const
{
    if (ms != o.ms)
        return ms < o.ms;
    if (counter != o.counter)
        return counter < o.counter;
    return site < o.site;
}

HybridLogicalClock::HybridLogicalClock(QString site, WallClock wall)
    : m_site(std::move(site))
    , m_wall(wall ? std::move(wall) : WallClock([] {
        return static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());
    }))
{
    m_last.site = m_site;
}

HlcStamp HybridLogicalClock::now()
{
    const std::uint64_t wall = m_wall();
    HlcStamp next;
    next.site = m_site;
    if (wall > m_last.ms) {
        next.ms = wall;
        next.counter = 0;
    } else {
        next.ms = m_last.ms;
        next.counter = m_last.counter + 1;
        if (next.counter > 0xFFFF) { // counter full: step the logical millisecond
            next.ms += 1;
            next.counter = 0;
        }
    }
    m_last = next;
    return next;
}

void HybridLogicalClock::observe(const HlcStamp &remote)
{
    const std::uint64_t wall = m_wall();
    const std::uint64_t top = std::max({wall, m_last.ms, remote.ms});
    HlcStamp next;
    next.site = m_site;
    next.ms = top;
    if (top == m_last.ms && top == remote.ms)
        next.counter = std::max(m_last.counter, remote.counter) + 1;
    else if (top == m_last.ms)
        next.counter = m_last.counter + 1;
    else if (top == remote.ms)
        next.counter = remote.counter + 1;
    else
        next.counter = 0;
    m_last = next;
}

} // namespace trato
