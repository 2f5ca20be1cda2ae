// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxrates.h"

#include "documentcalc.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/teamsettings.h"
#include "../store/transaction.h"

namespace trato {

namespace {
struct DefaultRate
{
    const char *name;
    const char *code;
    const char *taxClass;
    const char *rate;
    const char *surcharge;
};

const DefaultRate kDefaults[] = {
    {QT_TRANSLATE_NOOP("trato::TaxRates", "VAT standard"), "IVA21", "standard", "21", "5.2"},
    {QT_TRANSLATE_NOOP("trato::TaxRates", "VAT reduced"), "IVA10", "reduced", "10", "1.4"},
    {QT_TRANSLATE_NOOP("trato::TaxRates", "VAT super-reduced"), "IVA4", "super_reduced", "4", "0.5"},
    {QT_TRANSLATE_NOOP("trato::TaxRates", "VAT exempt"), "IVA0", "exempt", "0", "0"},
};

TaxRateInfo readRate(const QSqlQuery &q)
{
    TaxRateInfo t;
    t.id = q.value(0).toString();
    t.name = q.value(1).toString();
    t.code = q.value(2).toString();
    t.taxClass = q.value(3).toString();
    t.rate = q.value(4).toDouble();
    t.surcharge = q.value(5).toDouble();
    t.active = q.value(6).toBool();
    return t;
}

const char *kColumns = "id, name, code, tax_class, rate, coalesce(surcharge, 0), coalesce(active, 1)";
} // namespace

Status TaxRates::ensureDefaults(Database &db)
{
    TeamSettings settings(db);
    if (settings.value(QString::fromLatin1(kDefaultsKey)) == QLatin1String("1"))
        return {};
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(db);
    for (const DefaultRate &d : kDefaults) {
        auto q = Sql::exec(tx.connection(), QStringLiteral("SELECT 1 FROM tax_rate WHERE code = ?"), {QString::fromLatin1(d.code)});
        if (!q)
            return q.error();
        if (q.value().next())
            continue;
        auto id = store.create(QStringLiteral("tax_rate"),
                               {{QStringLiteral("name"), tr(d.name)},
                                {QStringLiteral("code"), QString::fromLatin1(d.code)},
                                {QStringLiteral("tax_class"), QString::fromLatin1(d.taxClass)},
                                {QStringLiteral("rate"), QString::fromLatin1(d.rate)},
                                {QStringLiteral("surcharge"), QString::fromLatin1(d.surcharge)}},
                               RecordStore::Access::System);
        if (!id)
            return id.error();
    }
    if (Status s = settings.setValue(QString::fromLatin1(kDefaultsKey), QStringLiteral("1")); !s)
        return s;
    return tx.commit();
}

Result<QList<TaxRateInfo>> TaxRates::list(Database &db)
{
    auto q = Sql::exec(db.connection(), QStringLiteral("SELECT %1 FROM tax_rate WHERE deleted = 0 ORDER BY rate DESC, code")
                                            .arg(QString::fromLatin1(kColumns)));
    if (!q)
        return q.error();
    QList<TaxRateInfo> out;
    while (q.value().next())
        out << readRate(q.value());
    return out;
}

Result<TaxRateInfo> TaxRates::forClass(Database &db, const QString &taxClass)
{
    const QString cls = taxClass.isEmpty() ? QStringLiteral("standard") : taxClass;
    auto q = Sql::exec(db.connection(),
                       QStringLiteral("SELECT %1 FROM tax_rate WHERE deleted = 0 AND coalesce(active, 1) = 1 AND tax_class = ? "
                                      "ORDER BY created_at LIMIT 1").arg(QString::fromLatin1(kColumns)),
                       {cls});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no active tax rate for the tax class \"%1\".").arg(cls));
    return readRate(q.value());
}

Result<double> TaxRates::surchargeFor(Database &db, double ratePercent)
{
    auto rates = list(db);
    if (!rates)
        return rates.error();
    const int bp = DocumentCalc::basisPoints(ratePercent);
    for (const TaxRateInfo &t : rates.value())
        if (t.active && DocumentCalc::basisPoints(t.rate) == bp)
            return t.surcharge;
    return 0.0;
}

} // namespace trato
