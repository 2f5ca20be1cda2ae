// SPDX-License-Identifier: GPL-3.0-or-later
#include "demopipeline.h"

#include "../sales/pipelines.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QStringList>

#include <algorithm>

namespace trato {

namespace {

// A small deterministic generator (splitmix64), so the demo is the same every time.
struct Dice
{
    quint64 state = 0x9E3779B97F4A7C15ull;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
};

const char *const kWhat[] = {"Renovación de equipos", "Ampliación de licencias", "Proyecto de implantación", "Contrato de mantenimiento",
                             "Suministro anual", "Formación del equipo", "Migración a la nube", "Segunda sede"};
const char *const kNext[] = {"Enviar propuesta revisada", "Llamar al director financiero", "Preparar demostración",
                             "Confirmar presupuesto", "Visitar la planta"};
const char *const kLost[] = {"price", "competitor", "no_budget", "no_decision", "timing"};

} // namespace

Result<int> generateDemoPipeline(Database &db, const QDate &today)
{
    QSqlDatabase conn = db.connection();
    auto pipeline = Pipelines::pipeline(db);
    if (!pipeline)
        return pipeline.error();
    const auto stages = pipeline.value().stages;
    if (stages.isEmpty())
        return 0;
    auto accounts = Sql::exec(conn, QStringLiteral("SELECT a.id, a.name, (SELECT c.id FROM contact c WHERE c.account = a.id AND c.deleted = 0 ORDER BY c.rid LIMIT 1) "
                                                   "FROM account a WHERE a.deleted = 0 ORDER BY a.rid LIMIT 800"));
    if (!accounts)
        return accounts.error();
    struct Acc { QString id, name, contact; };
    QList<Acc> list;
    while (accounts.value().next())
        list << Acc{accounts.value().value(0).toString(), accounts.value().value(1).toString(), accounts.value().value(2).toString()};
    if (list.isEmpty())
        return 0;
    QStringList owners;
    auto o = Sql::exec(conn, QStringLiteral("SELECT DISTINCT owner FROM activity WHERE owner IS NOT NULL ORDER BY owner LIMIT 6"));
    if (!o)
        return o.error();
    while (o.value().next())
        owners << o.value().value(0).toString();
    if (owners.isEmpty())
        owners << db.user();

    const int count = int(std::clamp<qsizetype>(list.size() * 8, 40, 400));
    Dice dice;
    RecordStore store(db);
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    for (int i = 0; i < count; ++i) {
        const Acc &a = list.at(i % list.size());
        // Mostly open stages; about one in eight won and one in ten lost.
        const int roll = dice.below(40);
        const PipelineStageInfo *stage = nullptr;
        for (const auto &s : stages) {
            if ((roll < 5 && s.outcome == QLatin1String("won")) || (roll >= 5 && roll < 9 && s.outcome == QLatin1String("lost"))) {
                stage = &s;
                break;
            }
        }
        if (!stage) {
            QList<const PipelineStageInfo *> open;
            for (const auto &s : stages)
                if (s.outcome == QLatin1String("open"))
                    open << &s;
            stage = open.at(dice.below(int(open.size())));
        }
        QVariantMap v{{QStringLiteral("name"), QStringLiteral("%1 – %2").arg(QString::fromUtf8(kWhat[dice.below(8)]), a.name)},
                      {QStringLiteral("account"), a.id},
                      {QStringLiteral("pipeline"), pipeline.value().id},
                      {QStringLiteral("stage"), stage->id},
                      {QStringLiteral("amount"), qint64(20 + dice.below(480)) * 25000},
                      // Open ones close from a few weeks ago (late) to eight months ahead; closed ones closed in the past half year.
                      {QStringLiteral("expected_close"), (stage->outcome == QLatin1String("open") ? today.addDays(dice.below(260) - 20)
                                                                                                   : today.addDays(-1 - dice.below(180)))
                                                             .toString(Qt::ISODate)},
                      {QStringLiteral("owner"), owners.at(dice.below(int(owners.size())))}};
        if (!a.contact.isEmpty())
            v.insert(QStringLiteral("contact"), a.contact);
        // Two in three open ones have a next step; the others are stalled unless an activity is planned.
        if (dice.below(3) != 0)
            v.insert(QStringLiteral("next_step"), QString::fromUtf8(kNext[dice.below(5)]));
        if (stage->outcome == QLatin1String("lost"))
            v.insert(QStringLiteral("lost_reason"), QString::fromLatin1(kLost[dice.below(5)]));
        auto id = store.create(QStringLiteral("opportunity"), v, RecordStore::Access::System);
        if (!id)
            return id.error();
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    return count;
}

} // namespace trato
