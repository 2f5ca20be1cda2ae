// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes.h"

#include "metadata/registry.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace trato {

namespace {

class NoteText
{
    Q_DECLARE_TR_FUNCTIONS(trato::Notes)
};

const QString kNote = QStringLiteral("note");

} // namespace

NoteService::NoteService(Database &db)
    : m_db(db)
{
}

Status NoteService::checkRecord(const QString &entity, const QString &recordId) const
{
    const Entity *note = m_db.registry()->entity(kNote);
    const Field *f = note ? note->field(entity) : nullptr;
    if (!f || f->type != FieldType::Relation || f->relationTarget != entity)
        return Error::badInput(NoteText::tr("notes cannot be added to \"%1\" records").arg(entity));
    auto r = Sql::exec(m_db.connection(), QStringLiteral("SELECT deleted FROM %1 WHERE id = ?").arg(Sql::ident(entity)), {recordId});
    if (!r)
        return r.error();
    if (!r.value().next())
        return Error::notFound(NoteText::tr("no %1 with id %2").arg(entity, recordId));
    if (r.value().value(0).toLongLong() != 0)
        return Error::badInput(NoteText::tr("the %1 %2 is in the Trash").arg(entity, recordId));
    return Status::success();
}

Result<QString> NoteService::add(const QString &entity, const QString &recordId, const QString &text)
{
    const Status s = checkRecord(entity, recordId);
    if (!s)
        return s.error();
    const QString body = text.trimmed();
    if (body.isEmpty())
        return Error::badInput(NoteText::tr("a note needs some text"));
    return RecordStore(m_db).create(kNote, {{QStringLiteral("body"), body}, {entity, recordId}});
}

Status NoteService::edit(const QString &noteId, const QString &text)
{
    const QString body = text.trimmed();
    if (body.isEmpty())
        return Error::badInput(NoteText::tr("a note needs some text"));
    return RecordStore(m_db).update(kNote, noteId, {{QStringLiteral("body"), body}});
}

Status NoteService::remove(const QString &noteId)
{
    return RecordStore(m_db).remove(kNote, noteId);
}

Result<QList<Note>> NoteService::list(const QString &entity, const QString &recordId) const
{
    const Status s = checkRecord(entity, recordId);
    if (!s)
        return s.error();
    auto r = Sql::exec(m_db.connection(),
                       QStringLiteral("SELECT id, body, created_at, created_by, updated_at FROM note WHERE %1 = ? AND deleted = 0 "
                                      "ORDER BY created_at DESC, id DESC").arg(Sql::ident(entity)),
                       {recordId});
    if (!r)
        return r.error();
    QList<Note> out;
    while (r.value().next())
        out.append({r.value().value(0).toString(), r.value().value(1).toString(), r.value().value(2).toString(),
                    r.value().value(3).toString(), r.value().value(4).toString()});
    return out;
}

} // namespace trato
