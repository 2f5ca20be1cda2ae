// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/listquery.h"
#include "../util/result.h"

#include <QList>
#include <QPair>

namespace trato {

class Database;

// Counts the Marketing views show beside a record or a list (run them off the GUI thread).
namespace CustomerFigures {

struct AccountSummary
{
    qint64 contacts = 0;        // active contacts of the account
    qint64 openLeads = 0;       // leads for the same company name, not converted or disqualified
    qint64 convertedLeads = 0;  // leads converted into this account
};
Result<AccountSummary> accountSummary(Database &db, const QString &accountId);

// How many records of base's query have each option of a picklist field, in option order, with
// the total first under an empty key (the lead list's status quick filter). base's own condition
// on that field, if any, is ignored.
Result<QList<QPair<QString, qint64>>> countsByOption(Database &db, const ListQuery &base, const QString &field);

} // namespace CustomerFigures
} // namespace trato
