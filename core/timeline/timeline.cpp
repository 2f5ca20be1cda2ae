// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline: a small registry of sources, each reading one kind of entry about a record newest
// first, and a k-way merge of their pages. Each source stops reading as soon as it offered a page's
// worth, so a page costs about the same at the top of a long timeline as on a short one.
#include "timeline.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"
#include "store/recordevent.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlQuery>

#include <algorithm>

namespace trato {

namespace {

class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(trato::Timeline)
};

using Sql::ident;

// The first 12 hex digits of a UUIDv7 id or an HLC stamp are milliseconds since the epoch: a key
// that starts with them orders entries of the same second by when they were written.
QString clockPrefix(const QString &idOrHlc)
{
    QString s = idOrHlc;
    s.remove(QLatin1Char('-'));
    return s.left(12).toLower();
}

QString cursorOf(const TimelineEntry &e)
{
    return e.at + QLatin1Char('|') + e.key;
}

bool newerThan(const TimelineEntry &a, const TimelineEntry &b)
{
    return a.at != b.at ? a.at > b.at : a.key > b.key;
}

// The relation field of `from` that points at `target` and is named after it (an activity's
// `account`), or null.
const Field *regardingField(const Registry &registry, const QString &from, const QString &target)
{
    const Entity *e = registry.entity(from);
    if (!e)
        return nullptr;
    const Field *f = e->field(target);
    return f && f->type == FieldType::Relation && f->relationTarget == target ? f : nullptr;
}

// "a.account = ?" or, for an account, also whatever is about one of its contacts.
QPair<QString, QVariantList> regardingSql(const Registry &registry, const QString &from, const QString &entity,
                                          const QString &id, bool *withContacts)
{
    *withContacts = false;
    QString sql = QStringLiteral("a.%1 = ?").arg(ident(entity));
    QVariantList params = {id};
    const Field *viaContact = regardingField(registry, from, QStringLiteral("contact"));
    const Field *contactAccount = regardingField(registry, QStringLiteral("contact"), QStringLiteral("account"));
    if (entity == QLatin1String("account") && viaContact && contactAccount) {
        sql = QStringLiteral("(a.account = ? OR a.contact IN (SELECT c.id FROM contact c WHERE c.account = ? AND c.deleted = 0))");
        params = {id, id};
        *withContacts = true;
    }
    return {sql, params};
}

void addBounds(QString &sql, QVariantList &params, const QString &column, const TimelineSink &sink)
{
    if (!sink.atMost().isEmpty()) {
        sql += QStringLiteral(" AND %1 <= ?").arg(column);
        params << sink.atMost();
    }
    if (!sink.atLeast().isEmpty()) {
        sql += QStringLiteral(" AND %1 >= ?").arg(column);
        params << sink.atLeast();
    }
}

QString optionLabel(const Entity &e, const QString &field, const QVariant &value)
{
    const Field *f = e.field(field);
    return f && !value.isNull() ? f->optionLabel(value.toString()) : QString();
}

// --- activities ---------------------------------------------------------------------------------

class ActivitySource : public TimelineSource
{
public:
    QString kind() const override { return QStringLiteral("activity"); }
    QString label() const override { return TimelineText::tr("Activities"); }
    bool appliesTo(const Registry &registry, const QString &entity) const override
    {
        return regardingField(registry, QStringLiteral("activity"), entity) != nullptr;
    }
    Status fetch(Database &db, const TimelineQuery &query, TimelineSink &sink) const override
    {
        const Registry &registry = *db.registry();
        const Entity *activity = registry.entity(QStringLiteral("activity"));
        const Entity *contact = registry.entity(QStringLiteral("contact"));
        bool withContacts = false;
        auto [where, params] = regardingSql(registry, QStringLiteral("activity"), query.entity, query.id, &withContacts);
        // A finished activity is placed when it was completed, an open one when it starts or is due.
        const QString at = QStringLiteral("coalesce(a.completed_at, a.start_at)");
        QString sql = QStringLiteral("SELECT a.id, a.kind, a.subject, a.status, %1, a.owner, a.outcome, a.outcome_notes, "
                                     "a.description, a.contact, %2 FROM activity a %3 WHERE a.deleted = 0 AND %4")
                          .arg(at, withContacts && contact ? contact->titleExpression(QStringLiteral("c")) : QStringLiteral("NULL"),
                               withContacts ? QStringLiteral("LEFT JOIN contact c ON c.id = a.contact") : QString(), where);
        addBounds(sql, params, at, sink);
        sql += QStringLiteral(" ORDER BY %1 DESC, a.id DESC").arg(at);
        auto q = Sql::exec(db.connection(), sql, params);
        if (!q)
            return q.error();
        QSqlQuery &r = q.value();
        while (r.next()) {
            TimelineEntry e;
            e.kind = kind();
            e.recordEntity = QStringLiteral("activity");
            e.recordId = r.value(0).toString();
            e.key = clockPrefix(e.recordId) + QStringLiteral("|activity|") + e.recordId;
            e.subkind = r.value(1).toString();
            e.status = r.value(3).toString();
            e.at = r.value(4).toString();
            e.user = r.value(5).toString();
            e.open = e.status != QLatin1String("completed") && e.status != QLatin1String("cancelled");
            const QString kindLabel = optionLabel(*activity, QStringLiteral("kind"), r.value(1));
            e.title = TimelineText::tr("%1: %2").arg(kindLabel, r.value(2).toString());
            QStringList text;
            text << optionLabel(*activity, QStringLiteral("status"), r.value(3));
            const QString outcome = optionLabel(*activity, QStringLiteral("outcome"), r.value(6));
            if (!outcome.isEmpty())
                text << outcome;
            QString body = r.value(7).toString();
            if (body.isEmpty())
                body = r.value(8).toString();
            e.text = text.join(QStringLiteral(" · ")) + (body.isEmpty() ? QString() : QStringLiteral("\n") + body);
            if (withContacts && !r.value(9).isNull())
                e.via = r.value(10).toString();
            if (!sink.offer(std::move(e)))
                break;
        }
        return Status::success();
    }
};

// --- notes --------------------------------------------------------------------------------------

class NoteSource : public TimelineSource
{
public:
    QString kind() const override { return QStringLiteral("note"); }
    QString label() const override { return TimelineText::tr("Notes"); }
    bool appliesTo(const Registry &registry, const QString &entity) const override
    {
        return regardingField(registry, QStringLiteral("note"), entity) != nullptr;
    }
    Status fetch(Database &db, const TimelineQuery &query, TimelineSink &sink) const override
    {
        const Registry &registry = *db.registry();
        const Entity *contact = registry.entity(QStringLiteral("contact"));
        bool withContacts = false;
        auto [where, params] = regardingSql(registry, QStringLiteral("note"), query.entity, query.id, &withContacts);
        // Edited: its body changed after it was written (timestamps have whole seconds only).
        QString sql = QStringLiteral("SELECT a.id, a.body, a.created_at, a.created_by, "
                                     "EXISTS (SELECT 1 FROM change_log l WHERE l.entity = 'note' AND l.record_id = a.id "
                                     "AND l.op = 'update' AND l.field = 'body'), a.contact, %1 FROM note a %2 "
                                     "WHERE a.deleted = 0 AND %3")
                          .arg(withContacts && contact ? contact->titleExpression(QStringLiteral("c")) : QStringLiteral("NULL"),
                               withContacts ? QStringLiteral("LEFT JOIN contact c ON c.id = a.contact") : QString(), where);
        addBounds(sql, params, QStringLiteral("a.created_at"), sink);
        sql += QStringLiteral(" ORDER BY a.created_at DESC, a.id DESC");
        auto q = Sql::exec(db.connection(), sql, params);
        if (!q)
            return q.error();
        QSqlQuery &r = q.value();
        while (r.next()) {
            TimelineEntry e;
            e.kind = kind();
            e.recordEntity = QStringLiteral("note");
            e.recordId = r.value(0).toString();
            e.key = clockPrefix(e.recordId) + QStringLiteral("|note|") + e.recordId;
            e.text = r.value(1).toString();
            e.at = r.value(2).toString();
            e.user = r.value(3).toString();
            e.title = r.value(4).toBool() ? TimelineText::tr("Note (edited)") : TimelineText::tr("Note");
            if (withContacts && !r.value(5).isNull())
                e.via = r.value(6).toString();
            if (!sink.offer(std::move(e)))
                break;
        }
        return Status::success();
    }
};

// --- field changes, one entry per write ---------------------------------------------------------

class ChangeSource : public TimelineSource
{
public:
    QString kind() const override { return QStringLiteral("change"); }
    QString label() const override { return TimelineText::tr("Changes"); }
    bool appliesTo(const Registry &registry, const QString &entity) const override
    {
        return registry.entity(entity) != nullptr;
    }
    Status fetch(Database &db, const TimelineQuery &query, TimelineSink &sink) const override
    {
        const Entity *entity = db.registry()->entity(query.entity);
        if (!entity)
            return Error::notFound(query.entity);
        QString sql = QStringLiteral("SELECT at, user, field, old_value, new_value, hlc FROM change_log "
                                     "WHERE entity = ? AND record_id = ? AND op = 'update'");
        QVariantList params = {query.entity, query.id};
        addBounds(sql, params, QStringLiteral("at"), sink);
        // The (entity, record_id, seq) index read backwards: newest first, no sort.
        sql += QStringLiteral(" ORDER BY seq DESC");
        auto q = Sql::exec(db.connection(), sql, params);
        if (!q)
            return q.error();
        QSqlQuery &r = q.value();
        // Rows of one write share its clock stamp; they arrive newest field last-first, so each
        // group's parts are collected and reversed.
        struct Part { QString field; QVariant from; QVariant to; };
        QString groupHlc, groupAt, groupUser;
        QList<Part> parts;
        auto flush = [&]() -> bool {
            if (parts.isEmpty())
                return true;
            std::reverse(parts.begin(), parts.end());
            TimelineEntry e;
            e.kind = kind();
            e.at = groupAt;
            e.user = groupUser;
            e.key = clockPrefix(groupHlc) + QStringLiteral("|change|") + groupHlc;
            QStringList lines;
            for (const Part &p : parts) {
                const Field *f = entity->field(p.field);
                if (f && f->derived)
                    continue; // computed by Trato from other records: not something someone did
                if (p.field == QLatin1String("deleted")) {
                    e.subkind = QStringLiteral("trash");
                    lines << (p.to.toLongLong() ? TimelineText::tr("Moved to the Trash") : TimelineText::tr("Restored from the Trash"));
                    continue;
                }
                lines << Timeline::describeChange(db, query.entity, p.field, p.from, p.to);
            }
            parts.clear();
            if (lines.isEmpty())
                return true;
            e.title = lines.join(QStringLiteral("; "));
            return sink.offer(std::move(e));
        };
        bool more = true;
        while (more && r.next()) {
            const QString hlc = r.value(5).toString();
            if (hlc != groupHlc) {
                more = flush();
                groupHlc = hlc;
                groupAt = r.value(0).toString();
                groupUser = r.value(1).toString();
            }
            parts.append({r.value(2).toString(), r.value(3), r.value(4)});
        }
        if (more)
            flush();
        return Status::success();
    }
};

// --- creation, bulk creation, merges, conversions -----------------------------------------------

class EventSource : public TimelineSource
{
public:
    QString kind() const override { return QStringLiteral("event"); }
    QString label() const override { return TimelineText::tr("Record events"); }
    bool appliesTo(const Registry &registry, const QString &entity) const override
    {
        return registry.entity(entity) != nullptr;
    }
    Status fetch(Database &db, const TimelineQuery &query, TimelineSink &sink) const override
    {
        // A handful per record: read them all, then offer in order.
        QList<TimelineEntry> events;
        QSqlDatabase conn = db.connection();
        auto created = Sql::exec(conn, QStringLiteral("SELECT at, user, hlc FROM change_log "
                                                      "WHERE entity = ? AND record_id = ? AND op = 'insert'"),
                                 {query.entity, query.id});
        if (!created)
            return created.error();
        while (created.value().next()) {
            TimelineEntry e;
            e.kind = kind();
            e.subkind = QStringLiteral("insert");
            e.at = created.value().value(0).toString();
            e.user = created.value().value(1).toString();
            const QString hlc = created.value().value(2).toString();
            // Before a change of the same write (none exists, but keep creation lowest).
            e.key = clockPrefix(hlc) + QStringLiteral("|atcreate|") + hlc;
            e.title = TimelineText::tr("Record created");
            events << e;
        }
        auto bulk = Sql::exec(conn, QStringLiteral("SELECT b.at, b.user, b.kind, b.hlc, b.note, b.id FROM bulk_operation b "
                                                   "JOIN %1 r ON r.rid BETWEEN b.first_rid AND b.last_rid "
                                                   "WHERE b.entity = ? AND r.id = ?").arg(ident(query.entity)),
                              {query.entity, query.id});
        if (!bulk)
            return bulk.error();
        while (bulk.value().next()) {
            TimelineEntry e;
            e.kind = kind();
            e.at = bulk.value().value(0).toString();
            e.user = bulk.value().value(1).toString();
            const QString type = bulk.value().value(2).toString();
            const QString hlc = bulk.value().value(3).toString();
            const QString note = bulk.value().value(4).toString();
            e.key = clockPrefix(hlc) + QStringLiteral("|event|") + bulk.value().value(5).toString();
            e.subkind = type;
            if (type == QLatin1String("import")) {
                e.title = note.isEmpty() ? TimelineText::tr("Created by an import") : TimelineText::tr("Created by import %1").arg(note);
            } else if (type == QLatin1String("demo")) {
                e.title = TimelineText::tr("Created as demo data");
            } else {
                e.title = RecordEvent::label(type);
                e.text = note;
            }
            events << e;
        }
        std::sort(events.begin(), events.end(), newerThan);
        for (TimelineEntry &e : events)
            if (!sink.offer(std::move(e)))
                break;
        return Status::success();
    }
};

// --- campaign memberships -----------------------------------------------------------------------

class CampaignSource : public TimelineSource
{
public:
    QString kind() const override { return QStringLiteral("campaign"); }
    QString label() const override { return TimelineText::tr("Campaigns"); }
    bool appliesTo(const Registry &registry, const QString &entity) const override
    {
        return regardingField(registry, QStringLiteral("campaign_member"), entity) != nullptr
            && registry.entity(QStringLiteral("campaign")) != nullptr;
    }
    Status fetch(Database &db, const TimelineQuery &query, TimelineSink &sink) const override
    {
        const Entity *member = db.registry()->entity(QStringLiteral("campaign_member"));
        const Entity *campaign = db.registry()->entity(QStringLiteral("campaign"));
        QString sql = QStringLiteral("SELECT a.id, a.created_at, a.created_by, a.status, a.status_date, a.campaign, %1 "
                                     "FROM campaign_member a LEFT JOIN campaign c ON c.id = a.campaign "
                                     "WHERE a.deleted = 0 AND a.%2 = ?")
                          .arg(campaign->titleExpression(QStringLiteral("c")), ident(query.entity));
        QVariantList params = {query.id};
        addBounds(sql, params, QStringLiteral("a.created_at"), sink);
        sql += QStringLiteral(" ORDER BY a.created_at DESC, a.id DESC");
        auto q = Sql::exec(db.connection(), sql, params);
        if (!q)
            return q.error();
        QSqlQuery &r = q.value();
        while (r.next()) {
            TimelineEntry e;
            e.kind = kind();
            const QString id = r.value(0).toString();
            e.key = clockPrefix(id) + QStringLiteral("|campaign|") + id;
            e.at = r.value(1).toString();
            e.user = r.value(2).toString();
            e.recordEntity = QStringLiteral("campaign");
            e.recordId = r.value(5).toString();
            e.status = r.value(3).toString();
            e.title = TimelineText::tr("Added to campaign %1").arg(r.value(6).toString());
            const QString status = optionLabel(*member, QStringLiteral("status"), r.value(3));
            const Field *date = member->field(QStringLiteral("status_date"));
            e.text = r.value(4).isNull() || !date ? status
                                                  : TimelineText::tr("%1 on %2").arg(status, Value::display(*date, r.value(4)));
            if (!sink.offer(std::move(e)))
                break;
        }
        return Status::success();
    }
};

struct SourceRegistry
{
    QMutex mutex;
    QList<std::shared_ptr<const TimelineSource>> sources;
    SourceRegistry()
    {
        sources << std::make_shared<ActivitySource>() << std::make_shared<NoteSource>() << std::make_shared<ChangeSource>()
                << std::make_shared<EventSource>() << std::make_shared<CampaignSource>();
    }
};

SourceRegistry &sourceRegistry()
{
    static SourceRegistry registry;
    return registry;
}

} // namespace

TimelineSink::TimelineSink(const TimelineQuery &query, int wanted)
    : m_wanted(wanted)
{
    const QString folded = Timeline::fold(query.search);
    m_words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!query.after.isEmpty()) {
        const qsizetype bar = query.after.indexOf(QLatin1Char('|'));
        m_afterAt = query.after.left(bar);
        m_afterKey = bar < 0 ? QString() : query.after.mid(bar + 1);
        m_atMost = m_afterAt;
    }
    if (query.to.isValid()) {
        const QString end = query.to.toString(Qt::ISODate) + QStringLiteral("T23:59:59Z");
        if (m_atMost.isEmpty() || end < m_atMost)
            m_atMost = end;
    }
    if (query.from.isValid())
        m_atLeast = query.from.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
}

bool TimelineSink::offer(TimelineEntry entry)
{
    if (m_entries.size() >= m_wanted)
        return false;
    if (!m_afterAt.isEmpty() && (entry.at > m_afterAt || (entry.at == m_afterAt && entry.key >= m_afterKey)))
        return true;
    if ((!m_atMost.isEmpty() && entry.at > m_atMost) || (!m_atLeast.isEmpty() && entry.at < m_atLeast))
        return true;
    if (!m_words.isEmpty()) {
        const QString text = Timeline::fold(entry.title + QLatin1Char(' ') + entry.text + QLatin1Char(' ') + entry.user
                                            + QLatin1Char(' ') + entry.via);
        for (const QString &w : m_words)
            if (!text.contains(w))
                return true;
    }
    m_entries.append(std::move(entry));
    return m_entries.size() < m_wanted;
}

void TimelineSources::add(std::shared_ptr<const TimelineSource> source)
{
    SourceRegistry &r = sourceRegistry();
    QMutexLocker lock(&r.mutex);
    for (const auto &s : r.sources)
        if (s->kind() == source->kind())
            return;
    r.sources.append(std::move(source));
}

void TimelineSources::remove(const QString &kind)
{
    SourceRegistry &r = sourceRegistry();
    QMutexLocker lock(&r.mutex);
    r.sources.removeIf([&](const std::shared_ptr<const TimelineSource> &s) { return s->kind() == kind; });
}

QList<std::shared_ptr<const TimelineSource>> TimelineSources::all()
{
    SourceRegistry &r = sourceRegistry();
    QMutexLocker lock(&r.mutex);
    return r.sources;
}

QStringList TimelineSources::kinds()
{
    QStringList out;
    for (const auto &s : all())
        out << s->kind();
    return out;
}

QString Timeline::fold(const QString &text)
{
    return Value::sortKey(text).toLower();
}

QString Timeline::describeChange(Database &db, const QString &entityName, const QString &fieldName, const QVariant &oldValue,
                                 const QVariant &newValue)
{
    const Entity *entity = db.registry()->entity(entityName);
    const Field *f = entity ? entity->field(fieldName) : nullptr;
    if (!f) // a custom field removed since: its name and the raw values
        return TimelineText::tr("%1: %2 → %3").arg(fieldName, oldValue.toString(), newValue.toString());
    auto shown = [&](const QVariant &v) -> QString {
        if (v.isNull() || v.toString().isEmpty())
            return {};
        if (f->type == FieldType::Relation) {
            const QString name = RecordStore(db).displayName(f->relationTarget, v.toString());
            return name.isEmpty() ? v.toString() : name;
        }
        if (f->type == FieldType::LongText) {
            const QString s = v.toString().simplified();
            return s.size() > 60 ? s.left(59) + QStringLiteral("…") : s;
        }
        return Value::display(*f, v);
    };
    const QString from = shown(oldValue);
    const QString to = shown(newValue);
    if (from.isEmpty())
        return TimelineText::tr("%1: → %2").arg(f->displayLabel(), to);
    return TimelineText::tr("%1: %2 → %3").arg(f->displayLabel(), from, to);
}

Result<TimelinePage> Timeline::page(Database &db, const TimelineQuery &query)
{
    const Registry &registry = *db.registry();
    if (!registry.entity(query.entity))
        return Error::badInput(TimelineText::tr("unknown entity \"%1\"").arg(query.entity));
    if (query.limit < 1)
        return Error::badInput(TimelineText::tr("the page size must be at least 1"));
    if (query.from.isValid() && query.to.isValid() && query.to < query.from)
        return Error::badInput(TimelineText::tr("the date range ends (%1) before it starts (%2)")
                                   .arg(query.to.toString(Qt::ISODate), query.from.toString(Qt::ISODate)));
    if (!query.after.isEmpty() && !query.after.contains(QLatin1Char('|')))
        return Error::badInput(TimelineText::tr("\"%1\" is not a timeline cursor").arg(query.after));
    const QStringList known = TimelineSources::kinds();
    for (const QString &k : query.kinds)
        if (!known.contains(k))
            return Error::badInput(TimelineText::tr("unknown timeline kind \"%1\" (known: %2)").arg(k, known.join(QStringLiteral(", "))));
    const Entity *entity = registry.entity(query.entity);
    auto exists = Sql::exec(db.connection(), QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(ident(entity->name)), {query.id});
    if (!exists)
        return exists.error();
    if (!exists.value().next())
        return Error::notFound(TimelineText::tr("no %1 with id %2").arg(query.entity, query.id));

    // One more than a page from each source tells whether another page follows.
    QList<TimelineEntry> merged;
    for (const auto &source : TimelineSources::all()) {
        if (!query.kinds.isEmpty() && !query.kinds.contains(source->kind()))
            continue;
        if (!source->appliesTo(registry, query.entity))
            continue;
        TimelineSink sink(query, query.limit + 1);
        const Status s = source->fetch(db, query, sink);
        if (!s)
            return s.error();
        merged << sink.take();
    }
    std::sort(merged.begin(), merged.end(), newerThan);
    TimelinePage page;
    if (merged.size() > query.limit) {
        merged.resize(query.limit);
        page.next = cursorOf(merged.last());
    }
    page.entries = std::move(merged);
    return page;
}

} // namespace trato
