// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogrules.h"

#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/recordrules.h"
#include "../store/sqlite.h"

#include <QSet>

namespace trato {

namespace {

bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return !s.isEmpty();
}

// Refuses a code already used by another active record of the entity, naming that record.
Status uniqueCode(RecordRules::Write &w, const QString &field, const QString &what)
{
    if (!w.values.contains(field) || w.values.value(field).isNull())
        return {};
    const QString code = CatalogRules::normalizeSku(w.values.value(field).toString());
    if (code.isEmpty()) {
        w.values.insert(field, QVariant());
        return {};
    }
    w.values.insert(field, code);
    const QString self = w.current ? w.current->value(QStringLiteral("id")).toString() : QString();
    // The entity and field names come from this file, never from users.
    auto q = Sql::exec(w.db.connection(),
                       QStringLiteral("SELECT name FROM %1 WHERE %2 = ? AND deleted = 0 AND id IS NOT ? LIMIT 1").arg(w.entity.name, field),
                       {code, self});
    if (!q)
        return q.error();
    if (q.value().next())
        return Error::badInput(what.arg(code, q.value().value(0).toString()));
    return {};
}

Status notNegative(const RecordRules::Write &w, const QString &field, const QString &message)
{
    const QVariant v = w.values.value(field);
    if (!v.isNull() && v.toLongLong() < 0)
        return Error::badInput(message.arg(Value::formatCents(v.toLongLong())));
    return {};
}

Status productRule(RecordRules::Write &w)
{
    if (Status s = uniqueCode(w, QStringLiteral("sku"),
                              CatalogRules::tr("The SKU %1 is already used by the product \"%2\"; each product needs its own SKU."));
        !s)
        return s;
    if (w.values.contains(QStringLiteral("barcode")) && !w.values.value(QStringLiteral("barcode")).isNull()) {
        const QString code = w.values.value(QStringLiteral("barcode")).toString().trimmed();
        w.values.insert(QStringLiteral("barcode"), code.isEmpty() ? QVariant() : QVariant(code));
        if (!CatalogRules::barcodeOk(code))
            return Error::badInput(CatalogRules::tr("Barcode: %1 looks like an EAN/UPC code but its check digit is wrong.").arg(code));
    }
    if (Status s = notNegative(w, QStringLiteral("unit_price"), CatalogRules::tr("Unit price: %1 cannot be negative.")); !s)
        return s;
    return notNegative(w, QStringLiteral("cost"), CatalogRules::tr("Cost: %1 cannot be negative."));
}

Status serviceRule(RecordRules::Write &w)
{
    if (Status s = uniqueCode(w, QStringLiteral("code"),
                              CatalogRules::tr("The code %1 is already used by the service \"%2\"; each service needs its own code."));
        !s)
        return s;
    return notNegative(w, QStringLiteral("unit_price"), CatalogRules::tr("Unit price: %1 cannot be negative."));
}

Status categoryRule(RecordRules::Write &w)
{
    if (w.values.contains(QStringLiteral("name"))) {
        const QString name = w.values.value(QStringLiteral("name")).toString().trimmed();
        w.values.insert(QStringLiteral("name"), name);
        const QString self = w.current ? w.current->value(QStringLiteral("id")).toString() : QString();
        auto q = Sql::exec(w.db.connection(),
                           QStringLiteral("SELECT 1 FROM product_category WHERE name = ? AND deleted = 0 AND id IS NOT ? LIMIT 1"), {name, self});
        if (!q)
            return q.error();
        if (q.value().next())
            return Error::badInput(CatalogRules::tr("There is already a product category named \"%1\".").arg(name));
    }
    if (!w.current || !w.changes(QStringLiteral("parent")))
        return {};
    const QString self = w.current->value(QStringLiteral("id")).toString();
    QString parent = w.values.value(QStringLiteral("parent")).toString();
    QSet<QString> seen;
    // Walk up from the new parent: meeting this category means a cycle.
    while (!parent.isEmpty() && !seen.contains(parent)) {
        if (parent == self)
            return Error::badInput(CatalogRules::tr("Parent category: a category cannot be inside itself or one of its own subcategories."));
        seen.insert(parent);
        auto q = Sql::exec(w.db.connection(), QStringLiteral("SELECT parent FROM product_category WHERE id = ?"), {parent});
        if (!q)
            return q.error();
        parent = q.value().next() ? q.value().value(0).toString() : QString();
    }
    return {};
}

// Bulk imports write rows raw: normalize the new SKUs and refuse duplicates the same way.
Status productBulk(Database &db, qint64 first, qint64 last)
{
    QSqlDatabase conn = db.connection();
    auto up = Sql::exec(conn, QStringLiteral("UPDATE product SET sku = upper(trim(sku)) WHERE rid BETWEEN ? AND ? AND sku <> upper(trim(sku))"),
                        {first, last});
    if (!up)
        return up.error();
    auto q = Sql::exec(conn,
                       QStringLiteral("SELECT a.sku, b.name FROM product a JOIN product b ON b.sku = a.sku AND b.id <> a.id AND b.deleted = 0 "
                                      "WHERE a.rid BETWEEN ? AND ? AND a.deleted = 0 LIMIT 1"),
                       {first, last});
    if (!q)
        return q.error();
    if (q.value().next())
        return Error::badInput(CatalogRules::tr("The SKU %1 is already used by the product \"%2\"; each product needs its own SKU.")
                                   .arg(q.value().value(0).toString(), q.value().value(1).toString()));
    return {};
}

} // namespace

bool CatalogRules::barcodeOk(const QString &text)
{
    const QString s = text.trimmed();
    if (!allDigits(s) || (s.size() != 8 && s.size() != 12 && s.size() != 13))
        return true; // not a GTIN: free text (internal codes)
    // GTIN check digit: from the right, excluding the check digit, weights 3,1,3,1...
    int sum = 0;
    const int n = s.size();
    for (int i = n - 2, k = 0; i >= 0; --i, ++k)
        sum += (s.at(i).digitValue()) * (k % 2 == 0 ? 3 : 1);
    return (10 - sum % 10) % 10 == s.at(n - 1).digitValue();
}

void CatalogRules::registerRules()
{
    RecordRules::addDerive(QStringLiteral("product"), productRule);
    RecordRules::addDerive(QStringLiteral("service"), serviceRule);
    RecordRules::addDerive(QStringLiteral("product_category"), categoryRule);
    RecordRules::addAfterBulk(QStringLiteral("product"), productBulk);
}

} // namespace trato
