// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityrules.h"

#include "activityrollups.h"
#include "activityservice.h"
#include "recurrence.h"
#include "../marketing/leadconversion.h"
#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/recordrules.h"
#include "../store/sqlite.h"
#include "../store/teamsettings.h"
#include "../store/transaction.h"

#include <QMutex>

namespace trato {

namespace {

const QString kActivity = QStringLiteral("activity");

QMutex &clockMutex()
{
    static QMutex m;
    return m;
}

std::function<QDateTime()> &clockFunction()
{
    static std::function<QDateTime()> f;
    return f;
}

QString iso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

QDateTime fromIso(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

bool isTrue(const QVariant &v)
{
    return !v.isNull() && v.toString() != QLatin1String("0") && v.toString() != QLatin1String("false") && !v.toString().isEmpty();
}

bool isClosed(const QString &status)
{
    return status == QLatin1String("completed") || status == QLatin1String("cancelled");
}

// Sets a value only when it differs from what the record will have anyway (no empty changes).
void put(RecordRules::Write &w, const QString &field, const QVariant &value)
{
    const QVariant was = w.after(field);
    const bool same = (was.isNull() || was.toString().isEmpty()) ? (value.isNull() || value.toString().isEmpty())
                                                                   : (!value.isNull() && was.toString() == value.toString());
    if (!same || w.values.contains(field))
        w.values.insert(field, value);
}

Status deriveActivity(RecordRules::Write &w)
{
    // All-day events: the whole days in local time.
    if (isTrue(w.after(QStringLiteral("all_day")))
        && (w.creating || w.changes(QStringLiteral("all_day")) || w.changes(QStringLiteral("start_at")) || w.changes(QStringLiteral("end_at")))) {
        const QDateTime start = fromIso(w.after(QStringLiteral("start_at")));
        if (start.isValid()) {
            const QDate first = start.toLocalTime().date();
            put(w, QStringLiteral("start_at"), iso(QDateTime(first, QTime(0, 0), Qt::LocalTime)));
            const QDateTime end = fromIso(w.after(QStringLiteral("end_at")));
            QDate last = end.isValid() ? end.toLocalTime().date() : first;
            // An end at midnight is exclusive (iCalendar's DTEND, a calendar drag): the day before.
            if (end.isValid() && end.toLocalTime().time() == QTime(0, 0) && last > first)
                last = last.addDays(-1);
            // A last day before the first is left for the end/start check to refuse.
            put(w, QStringLiteral("end_at"), iso(QDateTime(last, QTime(23, 59, 59), Qt::LocalTime)));
        }
    }

    // A call with a contact is also the contact's account's (the account's rollups count it).
    const QString contact = w.after(QStringLiteral("contact")).toString();
    if (!contact.isEmpty() && w.after(QStringLiteral("account")).toString().isEmpty()
        && (w.creating || w.changes(QStringLiteral("contact")))) {
        auto q = Sql::exec(w.db.connection(), QStringLiteral("SELECT account FROM contact WHERE id = ?"), {contact});
        if (!q)
            return q.error();
        if (q.value().next() && !q.value().value(0).toString().isEmpty())
            w.values.insert(QStringLiteral("account"), q.value().value(0).toString());
    }

    const QString status = w.after(QStringLiteral("status")).toString();
    const QString before = w.current ? w.current->value(QStringLiteral("status")).toString() : QString();
    // With the team's sales loop at "require", a user does not complete an activity about a record
    // by editing its status: ActivityService::complete (Complete…, trato-cli activity complete)
    // asks for the next step. Services write as the system; creating a completed activity (history,
    // an import) is not completing one.
    if (!w.creating && w.access == RecordStore::Access::User && status == QLatin1String("completed")
        && before != QLatin1String("completed")) {
        bool regards = false;
        for (const char *f : {"account", "contact", "lead"})
            regards = regards || !w.after(QString::fromLatin1(f)).toString().isEmpty();
        if (regards && TeamSettings(w.db).value(QString::fromLatin1(ActivityService::kSalesLoopKey)) == QLatin1String("require"))
            return Error::badInput(ActivityRules::tr("Your team requires a next step: complete this activity with Complete… "
                                                     "(trato-cli activity complete) to plan what comes next."));
    }

    // completed_at follows the status. An activity created already completed (history, an import)
    // was completed when it ended (or started) if that is past; one completed now, now.
    if (status == QLatin1String("completed")) {
        if ((w.creating || before != QLatin1String("completed")) && !w.values.contains(QStringLiteral("completed_at"))) {
            const QDateTime now = ActivityRules::now();
            QDateTime done = now;
            if (w.creating) {
                QDateTime when = fromIso(w.after(QStringLiteral("end_at")));
                if (!when.isValid())
                    when = fromIso(w.after(QStringLiteral("start_at")));
                if (when.isValid() && when < now)
                    done = when;
            }
            w.values.insert(QStringLiteral("completed_at"), iso(done));
        }
    } else if (!w.after(QStringLiteral("completed_at")).toString().isEmpty()) {
        w.values.insert(QStringLiteral("completed_at"), QVariant());
    }

    // remind_at: start - reminder; none once closed. A System write of remind_at alone (a snooze,
    // a dismissal, a creation with it given) is kept; a change of start or reminder recomputes it.
    if (isClosed(status)) {
        put(w, QStringLiteral("remind_at"), QVariant());
    } else {
        // A service creating an activity with an explicit remind_at (a reminder carried over from
        // another calendar, a copy) keeps it.
        const bool systemGiven = w.creating && w.access == RecordStore::Access::System
            && !w.values.value(QStringLiteral("remind_at")).toString().isEmpty();
        const bool recompute = !systemGiven
            && (w.creating || w.changes(QStringLiteral("start_at")) || w.changes(QStringLiteral("reminder"))
                || (w.current && isClosed(before)));
        if (recompute) {
            const QString reminder = w.after(QStringLiteral("reminder")).toString();
            const QDateTime start = fromIso(w.after(QStringLiteral("start_at")));
            bool number = false;
            const int minutes = reminder.toInt(&number);
            if (!number || !start.isValid())
                put(w, QStringLiteral("remind_at"), QVariant());
            else
                put(w, QStringLiteral("remind_at"), iso(start.addSecs(-qint64(minutes) * 60)));
        }
    }

    // A new repeating activity: check the rule now, so a bad one is refused before anything is written.
    if (w.creating && w.after(QStringLiteral("series")).toString().isEmpty()) {
        QVariantMap rule;
        for (const char *f : {"repeat", "repeat_interval", "repeat_until", "repeat_count", "start_at"})
            rule.insert(QString::fromLatin1(f), w.after(QString::fromLatin1(f)));
        auto checked = Recurrence::fromValues(rule);
        if (!checked)
            return checked.error();
    }
    return {};
}

// Expands a new repeating activity into its occurrences, in the creating transaction.
Status expandSeries(Database &db, const QString &id, const QVariantMap &values, bool creating)
{
    {
        // The triggers changed the derived fields of accounts, contacts and leads: their open lists
        // refresh when the outermost transaction commits.
        Transaction touch(db);
        if (!touch.isActive())
            return touch.error();
        for (const QString &e : ActivityRollups::entities())
            touch.touched(e);
        if (Status s = touch.commit(); !s)
            return s;
    }
    if (!creating || !values.value(QStringLiteral("series")).toString().isEmpty())
        return {};
    const QString repeat = values.value(QStringLiteral("repeat")).toString();
    if (repeat.isEmpty() || repeat == QLatin1String("none"))
        return {};
    RecordStore store(db);
    auto first = store.get(kActivity, id);
    if (!first)
        return first.error();
    const Record &record = first.value();
    auto rule = Recurrence::fromValues(record);
    if (!rule)
        return rule.error();
    const QDateTime start = fromIso(record.value(QStringLiteral("start_at")));
    auto starts = Recurrence::occurrences(rule.value(), start);
    if (!starts)
        return starts.error();
    if (Status s = store.update(kActivity, id, {{QStringLiteral("series"), id}}, RecordStore::Access::System); !s)
        return s;
    const QDateTime end = fromIso(record.value(QStringLiteral("end_at")));
    const qint64 length = end.isValid() ? start.secsTo(end) : -1;
    // Every field a user sets is copied (custom ones too); what happened (status, outcome) is not.
    const Entity *entity = db.registry()->entity(kActivity);
    QVariantMap copy;
    for (const Field &f : entity->fields) {
        if ((f.readOnly || f.system) && f.name != QLatin1String("owner"))
            continue;
        if (f.name == QLatin1String("status") || f.name == QLatin1String("outcome") || f.name == QLatin1String("outcome_notes"))
            continue;
        if (!record.value(f.name).isNull())
            copy.insert(f.name, record.value(f.name));
    }
    for (const char *f : {"call_list", "ical_uid"}) // the link to a call list is the first one's alone
        copy.remove(QString::fromLatin1(f));
    copy.insert(QStringLiteral("status"), QStringLiteral("planned"));
    copy.insert(QStringLiteral("series"), id);
    for (qsizetype i = 1; i < starts.value().size(); ++i) {
        QVariantMap occurrence = copy;
        const QDateTime at = starts.value().at(i);
        occurrence.insert(QStringLiteral("start_at"), iso(at));
        if (length >= 0)
            occurrence.insert(QStringLiteral("end_at"), iso(at.addSecs(length)));
        auto created = store.create(kActivity, occurrence, RecordStore::Access::System);
        if (!created)
            return created.error();
    }
    return {};
}

// The same rules, set-based, over rows a bulk load (a big import, demo data) wrote raw. Rows that
// repeat but already belong to a series (demo data writes its occurrences itself) are fine.
Status bulkRules(Database &db, qint64 first, qint64 last)
{
    QSqlDatabase conn = db.connection();
    const QVariantList range{first, last};
    auto bad = Sql::exec(conn, QStringLiteral("SELECT subject, repeat FROM activity WHERE rid BETWEEN ? AND ? "
                                              "AND ((end_at < start_at) OR (coalesce(repeat, 'none') <> 'none' AND series IS NULL)) LIMIT 1"), range);
    if (!bad)
        return bad.error();
    if (bad.value().next()) {
        if (bad.value().value(1).toString() != QLatin1String("none") && !bad.value().value(1).toString().isEmpty())
            return Error::badInput(ActivityRules::tr("\"%1\": repeating activities cannot be imported in bulk; import them "
                                                     "in smaller files or without Repeats (repeat).").arg(bad.value().value(0).toString()));
        return Error::badInput(ActivityRules::tr("\"%1\": Ends (end_at) cannot be before Starts / due (start_at).")
                                   .arg(bad.value().value(0).toString()));
    }
    const QString fmt = QStringLiteral("'%Y-%m-%dT%H:%M:%SZ'");
    const QStringList statements = {
        QStringLiteral("UPDATE activity SET start_at = strftime(%1, start_at, 'localtime', 'start of day', 'utc'), "
                       "end_at = strftime(%1, CASE WHEN end_at > start_at THEN end_at ELSE start_at END, 'localtime', "
                       "CASE WHEN end_at > start_at AND time(end_at, 'localtime') = '00:00:00' THEN '-1 second' ELSE '+0 seconds' END, "
                       "'start of day', '+1 day', '-1 second', 'utc') "
                       "WHERE rid BETWEEN ? AND ? AND all_day = 1 AND start_at IS NOT NULL").arg(fmt),
        QStringLiteral("UPDATE activity SET account = (SELECT c.account FROM contact c WHERE c.id = activity.contact) "
                       "WHERE rid BETWEEN ? AND ? AND account IS NULL AND contact IS NOT NULL"),
        QStringLiteral("UPDATE activity SET completed_at = CASE WHEN coalesce(end_at, start_at) < ? THEN coalesce(end_at, start_at) ELSE ? END "
                       "WHERE rid BETWEEN ? AND ? AND status = 'completed' AND completed_at IS NULL"),
        QStringLiteral("UPDATE activity SET completed_at = NULL WHERE rid BETWEEN ? AND ? AND status <> 'completed' AND completed_at IS NOT NULL"),
        QStringLiteral("UPDATE activity SET remind_at = CASE WHEN status IN ('completed', 'cancelled') OR coalesce(reminder, 'none') = 'none' "
                       "THEN NULL ELSE strftime(%1, start_at, '-' || reminder || ' minutes') END WHERE rid BETWEEN ? AND ?").arg(fmt),
    };
    for (const QString &sql : statements) {
        QVariantList params = range;
        if (sql.contains(QLatin1String("completed_at = CASE"))) // now, twice
            params = QVariantList{iso(ActivityRules::now()), iso(ActivityRules::now())} + range;
        auto r = Sql::exec(conn, sql, params);
        if (!r)
            return r.error();
    }
    return {};
}

} // namespace

void ActivityRules::registerRules()
{
    RecordRules::addDerive(kActivity, deriveActivity);
    RecordRules::addAfterWrite(kActivity, expandSeries);
    RecordRules::addTriggers(kActivity, &ActivityRollups::triggerSql);
    // A converted lead's activities (its history and its open next steps) become the new contact's
    // and account's too; they keep the lead link.
    LeadConversion::addStep(QStringLiteral("activities"), [](Database &, Transaction &tx, const Record &lead,
                                                            LeadConversionResult &result) -> Status {
        if (result.contactId.isEmpty() && result.accountId.isEmpty())
            return {};
        auto r = Sql::exec(tx.connection(),
                           QStringLiteral("UPDATE activity SET contact = coalesce(contact, ?), account = coalesce(account, ?) "
                                          "WHERE lead = ? AND deleted = 0"),
                           {result.contactId.isEmpty() ? QVariant() : QVariant(result.contactId),
                            result.accountId.isEmpty() ? QVariant() : QVariant(result.accountId), lead.value(QStringLiteral("id"))});
        if (!r)
            return r.error();
        tx.touched(kActivity);
        return {};
    });
    RecordRules::addAfterBulk(kActivity, [](Database &db, qint64 first, qint64 last) -> Status {
        if (Status s = bulkRules(db, first, last); !s)
            return s;
        auto r = ActivityRollups::refreshAll(db, QDateTime::currentDateTimeUtc());
        return r ? Status::success() : Status(r.error());
    });
}

void ActivityRules::setClock(std::function<QDateTime()> clock)
{
    QMutexLocker lock(&clockMutex());
    clockFunction() = std::move(clock);
}

QDateTime ActivityRules::now()
{
    QMutexLocker lock(&clockMutex());
    return clockFunction() ? clockFunction()() : QDateTime::currentDateTimeUtc();
}

} // namespace trato
