// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to SalesDocuments (salesdocuments.cpp: the operations; salesrules.cpp: the write rules;
// salesdocumentsupport.cpp: what both use). Not part of the core's public API.

#include "documentcalc.h"
#include "../inventory/stockledger.h"
#include "../store/recordrules.h"
#include "../util/result.h"

#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace trato {

class Database;

namespace salesdetail {

inline const QString kLine = QStringLiteral("sales_line");
inline const QString kPayment = QStringLiteral("payment");

struct Header
{
    QString entity;
    QString id;
    QString number;
    QString status;
    QString account;
    QString currency;
    QString date;
    QString warehouse;
    bool deleted = false;
};

QString sqlIdent(const QString &entity);
Result<Header> loadHeader(QSqlDatabase conn, const QString &entity, const QString &id);
QString docName(const Header &h);
Status lineDocument(const RecordRules::Write &w, QString *entity, QString *id);
Result<QPair<QString, QString>> storedLineDocument(QSqlDatabase conn, const QString &lineId);
CalcLine calcLine(qint64 qty, qint64 price, double discountPercent, qint64 discountAmount, double tax, double surcharge);
Result<bool> accountHasSurcharge(QSqlDatabase conn, const QString &account);
Result<QList<StockLine>> stockLines(QSqlDatabase conn, const QString &entity, const QString &id, const QString &headerWarehouse);
Status syncReservation(Database &db, const QString &order);
Status setStatus(Database &db, const QString &entity, const QString &id, const QVariantMap &values);
QString today();

} // namespace salesdetail

} // namespace trato
