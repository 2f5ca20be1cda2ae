// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/listquery.h"
#include "../util/result.h"

#include <QJsonArray>
#include <QLocale>

namespace trato {

class RecordStore;

// Filter conditions (ListQuery::conditions) as people write them and as segments store them.
//
// Text syntax, used by `trato-cli --where` and shown for segments: FIELD OP VALUE with
//   =  != (is, is not; an empty value: is empty / is not empty)   ~ (contains)   ^= (starts with)
//   <  <=  >  >=   on numbers, money, dates and text
//   <Nd  >Nd       on dates and times: within the last N days / more than N days ago
//   =TAG  !=TAG    on tags and multi-picklists: has the tag / does not have it
// Values are read like any input of the field's type (locale numbers and dates, picklist labels or
// keys, a relation by id or by the related record's name).
namespace Filter {

QString opKey(Condition::Op op);                 // stable key stored in segments: "eq", "gt", ...
bool opFromKey(const QString &key, Condition::Op *out);
QString opLabel(Condition::Op op);               // translated: "is", "contains", "in the last N days"
bool takesValue(Condition::Op op);
bool takesDays(Condition::Op op);
// The operators that make sense for a field's type, in menu order.
QList<Condition::Op> operatorsFor(const Field &field);

// Checks a condition against the entity: known field, operator allowed for its type, value present.
Status check(const Entity &entity, const Condition &condition);

// One condition from its text form. Errors name the condition. store resolves relation names
// (may be null: then relations take ids only).
Result<Condition> parse(const Entity &entity, const QString &text, const QLocale &locale = QLocale(),
                        const RecordStore *store = nullptr);
// A condition from a field, an operator and the value as typed (the filter editor).
Result<Condition> make(const Entity &entity, const QString &field, Condition::Op op, const QString &valueText,
                       const QLocale &locale = QLocale(), const RecordStore *store = nullptr);
// The text form back (locale-independent values): parse(toText(c)) == c.
QString toText(const Entity &entity, const Condition &condition);
// Human description for the GUI: "City is Madrid".
QString describe(const Entity &entity, const Condition &condition, const QLocale &locale = QLocale());
// The value as it is typed into the filter editor (money "1234.50", picklist key, dates ISO).
QString valueText(const Entity &entity, const Condition &condition);

QJsonArray toJson(const QList<Condition> &conditions);
Result<QList<Condition>> fromJson(const Entity &entity, const QJsonArray &json);

} // namespace Filter
} // namespace trato
