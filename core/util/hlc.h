// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstdint>
#include <functional>

namespace trato {

// Hybrid logical clock (Kulkarni et al. 2014): physical milliseconds plus a counter plus the site
// that made the stamp. Stamps are fixed-width text, so comparing strings compares clocks; SQLite
// triggers and the sync protocol can order them without parsing.
//   "0193a6f1c2b4" (12 hex: ms since epoch) "0001" (4 hex counter) "-" site
struct HlcStamp
{
    std::uint64_t ms = 0;
    std::uint32_t counter = 0;
    QString site;

    QString toString() const;
    static bool parse(const QString &text, HlcStamp *out);
    bool operator<(const HlcStamp &o) const;
    bool operator==(const HlcStamp &o) const { return ms == o.ms && counter == o.counter && site == o.site; }
};

class HybridLogicalClock
{
public:
    using WallClock = std::function<std::uint64_t()>;
    explicit HybridLogicalClock(QString site, WallClock wall = {});

    // A new stamp later than every stamp this clock has made or seen.
    HlcStamp now();
    // Merge a stamp received from elsewhere so the next now() is after it.
    void observe(const HlcStamp &remote);
    HlcStamp last() const { return m_last; }
    void restore(const HlcStamp &last) { m_last = last; }
    const QString &site() const { return m_site; }

private:
    QString m_site;
    WallClock m_wall;
    HlcStamp m_last;
};

} // namespace trato
