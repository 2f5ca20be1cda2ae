// SPDX-License-Identifier: GPL-3.0-or-later
// search-typing: a 50-keystroke script typed into the contact list's search (several names, with
// backspaces and clearing), each keystroke timed from setSearchText() to the first sorted page in
// the model, against the same statements run raw through the sqlite3 C API.
#include "../benchcase.h"
#include "../benchcontext.h"
#include "../probes.h"
#include "../searchtiming.h"

#include "models/recordlistmodel.h"
#include "store/database.h"
#include "util/background.h"

#include <algorithm>

namespace trato::bench {

namespace {

const QString kCase = QStringLiteral("search-typing");

// What someone looking for people types: words letter by letter, a typo undone, a second word,
// the box cleared. Each entry is the text after one keystroke.
QStringList keystrokes()
{
    QStringList out;
    QString text;
    auto type = [&](const QString &s) {
        for (const QChar c : s)
            out << (text += c);
    };
    auto back = [&](int n) {
        for (int i = 0; i < n; ++i)
            out << (text.chop(1), text);
    };
    auto clear = [&] { out << (text.clear(), text); };
    type(QStringLiteral("garcia"));     // 6
    back(2);                            // 8   "garc"
    type(QStringLiteral("és"));         // 10  "garcés"
    clear();                            // 11
    type(QStringLiteral("lopez ana"));  // 20
    back(4);                            // 24  "lopez"
    clear();                            // 25
    type(QStringLiteral("jose luis"));  // 34
    clear();                            // 35
    type(QStringLiteral("madrid"));     // 41
    clear();                            // 42
    type(QStringLiteral("gila"));       // 46
    back(1);                            // 47  "gil"
    type(QStringLiteral(" ma"));        // 50  "gil ma"
    return out;
}

class SearchTyping : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("50 keystrokes into the contact search, first sorted page each, vs the same SQL raw");
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        QList<Measurement> out;
        const QStringList script = keystrokes();
        for (qint64 size : ctx.sizes()) {
            const QString at = QStringLiteral(" @") + sizeLabel(size);
            auto data = ctx.openDataset(size);
            if (!data) {
                out << Measurement::failed(kCase, QStringLiteral("typing") + at, data.error().message);
                continue;
            }
            const QString path = data.value().path;
            Database &db = *data.value().db;
            QList<double> modelMs, rawMs;
            QList<QPair<double, QString>> slowest;
            QString error;
            {
                RecordListModel model(db, QStringLiteral("contact"));
                spinUntil([&model] { return model.totalCount() >= 0; }, 120000);
                RawSqlite raw(path);
                // Untimed rounds first: caches warm on both sides, as in a list that is in use.
                for (int round = -1; round < qMax(1, ctx.repeat() / 5) && error.isEmpty(); ++round) {
                    ctx.say(QStringLiteral("%1: %2 keystrokes%3%4").arg(kCase).arg(script.size()).arg(at,
                                round < 0 ? QStringLiteral(" (warm-up)") : QString()));
                    for (const QString &text : script) {
                        auto t = timeSearch(db, model, raw, text);
                        if (!t) {
                            error = t.error().message;
                            break;
                        }
                        if (round >= 0) {
                            modelMs << t.value().modelMs;
                            rawMs << t.value().rawMs;
                            slowest.append({t.value().modelMs, QStringLiteral("\"%1\" %2/%3 ms").arg(text, formatNumber(t.value().modelMs),
                                                                                                  formatNumber(t.value().rawMs))});
                        }
                    }
                }
                waitForBackgroundWork(); // the model's counts, before the Database goes
            }
            if (!error.isEmpty()) {
                out << Measurement::failed(kCase, QStringLiteral("typing") + at, error);
                continue;
            }
            const QString baseline = QStringLiteral("sqlite3 C API, same SQL") + at;
            Measurement median = Measurement::make(kCase, QStringLiteral("keystroke to first page, median") + at,
                                                   Stats::median(modelMs), QStringLiteral("ms"), baseline, Stats::median(rawMs));
            Measurement p95 = Measurement::make(kCase, QStringLiteral("keystroke to first page, p95") + at,
                                                Stats::percentile(modelMs, 95), QStringLiteral("ms"), baseline,
                                                Stats::percentile(rawMs, 95));
            if (size >= 1000000) {
                median.judge(QStringLiteral("≤ 50 ms and ≤ 1.3×"), 1.3, 50);
                p95.judge(QStringLiteral("≤ 150 ms and ≤ 1.3×"), 1.3, 150);
            }
            std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
            QStringList worst;
            for (int i = 0; i < qMin(4, int(slowest.size())); ++i)
                worst << slowest.at(i).second;
            median.note = QStringLiteral("%1 keystrokes").arg(modelMs.size());
            p95.note = QStringLiteral("slowest (model/raw): %1").arg(worst.join(QStringLiteral(", ")));
            out << median << p95;
        }
        return out;
    }
};

} // namespace

TRATO_BENCH_CASE(SearchTyping, 45)

} // namespace trato::bench
