// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QList>
#include <QString>

namespace trato {

class Database;

struct Note
{
    QString id;
    QString body;
    QString createdAt;
    QString createdBy;
    QString updatedAt;
};

// Free-text notes on an account, contact or lead (entity `note`), written through RecordStore so
// they are validated, logged and announced like any record. Each call is one transaction.
class NoteService
{
public:
    explicit NoteService(Database &db);
    // The text is kept as typed (trimmed); empty text is refused.
    Result<QString> add(const QString &entity, const QString &recordId, const QString &text);
    Status edit(const QString &noteId, const QString &text);
    Status remove(const QString &noteId); // to the Trash, like any record
    // The record's notes, newest first.
    Result<QList<Note>> list(const QString &entity, const QString &recordId) const;

private:
    Status checkRecord(const QString &entity, const QString &recordId) const;
    Database &m_db;
};

} // namespace trato
