// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesdocuments_p.h"
#include "salesdocuments.h"

#include "companyprofile.h"

#include "salesdocs.h"
#include "taxrates.h"
#include "../inventory/configuration.h"
#include "../inventory/pricing.h"
#include "../inventory/stockledger.h"
#include "../metadata/entity.h"
#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/numberseries.h"
#include "../store/recordrules.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace trato::salesdetail {


QString sqlIdent(const QString &entity)
{
    // Only the four document entities reach SQL text through here (never user text).
    Q_ASSERT(SalesDocs::isDocument(entity));
    return entity;
}


Result<Header> loadHeader(QSqlDatabase conn, const QString &entity, const QString &id)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT coalesce(number, ''), status, account, currency, %2, %3, deleted FROM %1 WHERE id = ?")
                                 .arg(sqlIdent(entity), SalesDocuments::dateField(entity),
                                      entity == QLatin1String("quote") ? QStringLiteral("NULL") : QStringLiteral("warehouse")),
                       {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(SalesDocuments::tr("There is no %1 with the id %2.").arg(entity, id));
    Header h;
    h.entity = entity;
    h.id = id;
    h.number = q.value().value(0).toString();
    h.status = q.value().value(1).toString();
    h.account = q.value().value(2).toString();
    h.currency = q.value().value(3).toString();
    h.date = q.value().value(4).toString();
    h.warehouse = q.value().value(5).toString();
    h.deleted = q.value().value(6).toBool();
    return h;
}

QString docName(const Header &h)
{
    return h.number.isEmpty() ? SalesDocuments::tr("the draft %1").arg(h.entity) : h.number;
}

// The document a line belongs to, as it will be after the write.
Status lineDocument(const RecordRules::Write &w, QString *entity, QString *id)
{
    for (const QString &e : SalesDocs::documentEntities()) {
        const QString v = w.after(e).toString();
        if (v.isEmpty())
            continue;
        if (!entity->isEmpty())
            return Error::badInput(SalesDocuments::tr("A line belongs to exactly one quote, sales order, invoice or credit note."));
        *entity = e;
        *id = v;
    }
    if (entity->isEmpty())
        return Error::badInput(SalesDocuments::tr("A line needs its document: a quote, a sales order, an invoice or a credit note."));
    return {};
}

Result<QPair<QString, QString>> storedLineDocument(QSqlDatabase conn, const QString &lineId)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT quote, sales_order, invoice, credit_note FROM sales_line WHERE id = ?"), {lineId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(SalesDocuments::tr("There is no sales line with the id %1.").arg(lineId));
    const QStringList docs = SalesDocs::documentEntities();
    for (int i = 0; i < docs.size(); ++i)
        if (!q.value().value(i).toString().isEmpty())
            return qMakePair(docs.at(i), q.value().value(i).toString());
    return Error::badInput(SalesDocuments::tr("The sales line %1 has no document.").arg(lineId));
}

CalcLine calcLine(qint64 qty, qint64 price, double discountPercent, qint64 discountAmount, double tax, double surcharge)
{
    CalcLine c;
    c.quantity = qty;
    c.unitPrice = price;
    c.discountBp = DocumentCalc::basisPoints(discountPercent);
    c.discountAmount = discountAmount;
    c.taxBp = DocumentCalc::basisPoints(tax);
    c.surchargeBp = DocumentCalc::basisPoints(surcharge);
    return c;
}

Result<bool> accountHasSurcharge(QSqlDatabase conn, const QString &account)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT coalesce(equivalence_surcharge, 0), coalesce(payment_terms, '') FROM account WHERE id = ?"), {account});
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toBool();
}

// The product lines of a document for the stock ledger.
Result<QList<StockLine>> stockLines(QSqlDatabase conn, const QString &entity, const QString &id, const QString &headerWarehouse)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT product, coalesce(warehouse, ''), quantity FROM sales_line "
                                            "WHERE %1 = ? AND deleted = 0 AND kind = 'product' AND product IS NOT NULL ORDER BY position")
                                 .arg(SalesDocs::lineField(entity)),
                       {id});
    if (!q)
        return q.error();
    QList<StockLine> out;
    while (q.value().next()) {
        StockLine l;
        l.product = q.value().value(0).toString();
        l.warehouse = q.value().value(1).toString().isEmpty() ? headerWarehouse : q.value().value(1).toString();
        l.quantity = q.value().value(2).toLongLong();
        if (l.quantity > 0)
            out << l;
    }
    return out;
}

// Replaces an open order's reservation with its product lines; other states hold none.
Status syncReservation(Database &db, const QString &order)
{
    auto h = loadHeader(db.connection(), QStringLiteral("sales_order"), order);
    if (!h)
        return h.error();
    StockLedger ledger(db);
    const QString document = SalesDocs::stockDocument(QStringLiteral("sales_order"), order);
    if (h.value().status != QLatin1String("open") || h.value().deleted)
        return ledger.release(document);
    auto lines = stockLines(db.connection(), QStringLiteral("sales_order"), order, h.value().warehouse);
    if (!lines)
        return lines.error();
    auto r = ledger.reserve(document, lines.value());
    if (!r)
        return r.error();
    return {};
}

Status setStatus(Database &db, const QString &entity, const QString &id, const QVariantMap &values)
{
    return RecordStore(db).update(entity, id, values, RecordStore::Access::System);
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

} // namespace trato::salesdetail
