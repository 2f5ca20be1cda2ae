// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/recordstore.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace trato {

class Database;
struct Entity;

// One question of a call script: the field of the called record its answer is saved in and what
// the operator asks.
struct ScriptQuestion
{
    int line = 0;      // 1-based line in the script's questions text
    QString field;     // a field of the called entity (contact or lead)
    QString question;  // what the operator asks
};

// A script body with its merge fields filled in for one record.
struct RenderedScript
{
    QString text;
    QStringList unknownFields; // {names} that are not merge fields: left visible in text
};

// What an operator says on a call (seed 003: the system suggests how to start the conversation and
// what to find out). A script body is text with merge fields in braces: {first_name}, {last_name},
// {name}, {company}, {account}, {city}, {operator} and any field of the called record. Questions are
// one per line, "field | question"; their answers are saved on the called record
// (CallListService::logCall). See docs/TELEMARKETING.md.
class CallScript
{
    Q_DECLARE_TR_FUNCTIONS(trato::CallScript)
public:
    // Fills in {field} from the record (as RecordStore::get returns it). Unknown names are left as
    // they are and listed; "{{" and "}}" stand for literal braces.
    static RenderedScript render(const QString &body, const Entity &entity, const Record &record, const QString &operatorName);

    // Parses "field | question" lines against the entity's fields. Blank lines and lines starting
    // with '#' are skipped. An error names the line: no '|', an unknown field, one set by Trato,
    // a field asked twice, a missing question.
    static Result<QList<ScriptQuestion>> parseQuestions(const Entity &entity, const QString &text);

    // The call_script id for an id or an exact name.
    static Result<QString> resolve(Database &db, const QString &idOrName);

    // Loads the script and the record and renders it (trato-cli script render).
    static Result<RenderedScript> renderFor(Database &db, const QString &scriptId, const QString &entity,
                                            const QString &recordId, const QString &operatorName);
};

} // namespace trato
