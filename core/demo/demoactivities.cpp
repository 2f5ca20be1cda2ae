// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoactivities.h"

#include "../metadata/registry.h"
#include "../store/bulkwriter.h"
#include "../store/database.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"
#include "../util/uuid7.h"

#include <sqlite3.h>

namespace trato {

namespace {

struct DemoUser
{
    const char *name, *display, *color;
};
// The team besides the current user (who is always one of them, so My day is not empty).
const DemoUser kTeam[] = {{"lucia.fernandez", "Lucía Fernández", "#d97706"},
                          {"javier.moreno", "Javier Moreno", "#059669"},
                          {"carmen.ortega", "Carmen Ortega", "#db2777"},
                          {"pablo.navarro", "Pablo Navarro", "#7c3aed"}};
const char *const kCurrentUserColor = "#1f5fd6";

enum Kind { Call, Meeting, Visit, Task };
const char *const kKindKeys[] = {"call", "meeting", "visit", "task"};

const char *const kCallSubjects[] = {"Llamar a %1 para seguimiento", "Llamada: presentar el catálogo nuevo a %1",
                                     "Confirmar pedido con %1", "Llamar a %1: renovación del contrato",
                                     "Devolver la llamada a %1", "Llamada de cualificación: %1"};
const char *const kMeetingSubjects[] = {"Reunión con %1", "Presentación de la oferta a %1", "Revisión de la cuenta %1",
                                        "Videollamada con %1"};
const char *const kVisitSubjects[] = {"Visita comercial a %1", "Visita técnica a %1", "Entrega de muestras en %1"};
const char *const kTaskSubjects[] = {"Enviar presupuesto a %1", "Preparar la oferta para %1", "Enviar el catálogo a %1",
                                     "Actualizar los datos de %1", "Revisar la factura pendiente de %1"};
const char *const kLocations[] = {"Oficina del cliente", "Nuestra oficina", "Videollamada", "Sala de reuniones 2", "Cafetería del centro"};
const char *const kCallNotes[] = {"Quiere hablarlo con su socio.", "Pide precios por volumen.", "Muy interesado en la gama nueva.",
                                  "No es buen momento, volver a llamar.", "Ya trabaja con la competencia.", ""};
const char *const kOutcomeNotes[] = {"Todo según lo previsto.", "Pendiente de su respuesta.", "Acordado el siguiente paso.", ""};

// Call outcomes weighted like a real week of telemarketing.
const char *callOutcome(int roll)
{
    if (roll < 35) return "reached";
    if (roll < 55) return "no_answer";
    if (roll < 60) return "busy";
    if (roll < 72) return "interested";
    if (roll < 82) return "not_interested";
    if (roll < 92) return "call_back";
    if (roll < 97) return "sale";
    return "wrong_number";
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

template<size_t N>
QString pickText(const char *const (&list)[N], int index, const QString &arg)
{
    return QString::fromUtf8(list[size_t(index) % N]).arg(arg);
}

// A text from a list without placeholders; the empty one stands for "no text".
template<size_t N>
QVariant pickPlain(const char *const (&list)[N], int index)
{
    const QString text = QString::fromUtf8(list[size_t(index) % N]);
    return text.isEmpty() ? QVariant() : QVariant(text);
}

qint64 maxActivityRid(const QSqlDatabase &conn)
{
    auto r = Sql::exec(conn, QStringLiteral("SELECT coalesce(max(rid), 0) FROM activity"));
    return r && r.value().next() ? r.value().value(0).toLongLong() : 0;
}

} // namespace

DemoActivities::DemoActivities(quint64 seed, qint64 contacts, const QString &currentUser, const QDateTime &now)
    : m_state(seed * 0xD1B54A32D192ED03ull + 0xAC71u)
    // A few activities per ten contacts at large sizes; most records have some at small ones.
    , m_contactPercent(contacts <= 5000 ? 60 : contacts <= 50000 ? 25 : 10)
    , m_leadPercent(contacts <= 5000 ? 40 : contacts <= 50000 ? 12 : 5)
    , m_user(currentUser)
    , m_now(now.isValid() ? now : QDateTime::currentDateTime())
{
}

quint64 DemoActivities::draw()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void DemoActivities::addAccount(const QString &id, const QString &name, const QString &phone)
{
    m_accounts.push_back({QString(), QString(), id, name, phone, name});
}

void DemoActivities::addContact(const QString &id, const QString &name, const QString &phone, qint64 accountIndex)
{
    if (!chance(m_contactPercent))
        return;
    Regarding r{id, QString(), QString(), name, phone, name};
    if (accountIndex >= 0 && size_t(accountIndex) < m_accounts.size()) {
        r.account = m_accounts[size_t(accountIndex)].account;
        r.company = m_accounts[size_t(accountIndex)].name;
    }
    m_sample.push_back(std::move(r));
}

void DemoActivities::addLead(const QString &id, const QString &name, const QString &phone)
{
    if (!chance(m_leadPercent))
        return;
    m_sample.push_back({QString(), id, QString(), name, phone, name});
}

QStringList DemoActivities::userNames() const
{
    QStringList names{m_user};
    for (const DemoUser &u : kTeam)
        if (QString::fromLatin1(u.name) != m_user)
            names << QString::fromLatin1(u.name);
    return names;
}

Result<qint64> DemoActivities::write(Transaction &tx, Database &db, const QString &bulkKind, const QString &note)
{
    const QSqlDatabase conn = tx.connection();
    const QString stamp = iso(m_now);
    // The team: existing profiles (a second demo run, a user's own settings) are kept.
    for (const DemoUser &u : kTeam) {
        if (QString::fromLatin1(u.name) == m_user)
            continue;
        auto r = Sql::exec(conn, QStringLiteral("INSERT OR IGNORE INTO user_profile(name, display_name, color, team, updated_at) "
                                                "VALUES (?, ?, ?, ?, ?)"),
                           {QString::fromLatin1(u.name), QString::fromUtf8(u.display), QString::fromLatin1(u.color),
                            QStringLiteral("Ventas"), stamp});
        if (!r)
            return r.error();
    }
    auto me = Sql::exec(conn, QStringLiteral("INSERT OR IGNORE INTO user_profile(name, display_name, color, team, updated_at) "
                                             "VALUES (?, ?, ?, ?, ?)"),
                        {m_user, m_user, QString::fromLatin1(kCurrentUserColor), QStringLiteral("Ventas"), stamp});
    if (!me)
        return me.error();
    if (m_sample.empty() && m_accounts.empty())
        return qint64(0);

    const Entity &entity = *db.registry()->entity(QStringLiteral("activity"));
    const QStringList cols = {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("start_at"),
                              QStringLiteral("end_at"), QStringLiteral("status"), QStringLiteral("priority"),
                              QStringLiteral("location"), QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("lead"),
                              QStringLiteral("direction"), QStringLiteral("phone_number"), QStringLiteral("outcome"),
                              QStringLiteral("outcome_notes"), QStringLiteral("completed_at"), QStringLiteral("reminder"),
                              QStringLiteral("remind_at"), QStringLiteral("repeat"), QStringLiteral("repeat_interval"),
                              QStringLiteral("repeat_count"), QStringLiteral("series"), QStringLiteral("owner"),
                              QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("created_by")};
    IndexPause pause(conn, entity);
    BulkInsert ins(Sql::handle(conn), entity, cols);
    if (!ins.error().isEmpty())
        return Error::failure(ins.error());
    const qint64 first = maxActivityRid(conn) + 1;
    const QStringList users = userNames();
    const QDate today = m_now.date();
    qint64 written = 0;

    struct Item
    {
        Kind kind = Task;
        QDateTime start;
        int minutes = 30;
        const char *status = "planned";
        QString owner;
        const Regarding *about = nullptr;
        QString subject;
        QString series;
        int repeatCount = 0;
    };
    QString lastError;
    auto insert = [&](const Item &it) -> QString {
        const QString id = Uuid7::create();
        const bool completed = qstrcmp(it.status, "completed") == 0;
        const bool open = qstrcmp(it.status, "planned") == 0 || qstrcmp(it.status, "in_progress") == 0;
        const QDateTime end = it.kind == Task ? QDateTime() : it.start.addSecs(it.minutes * 60);
        QVariant outcome, notes, completedAt, reminder = QStringLiteral("none"), remindAt;
        if (completed) {
            outcome = QString::fromLatin1(it.kind == Call ? callOutcome(below(100)) : "done");
            notes = it.kind == Call ? pickPlain(kCallNotes, below(100)) : pickPlain(kOutcomeNotes, below(100));
            completedAt = iso(end.isValid() ? end : it.start.addSecs(60 * below(240)));
        }
        // Reminders only for what starts more than an hour from now, so a fresh demo never opens
        // with a pile of reminders already due.
        if (open && it.start > m_now.addSecs(3600) && (it.kind != Task || chance(40)) && chance(60)) {
            reminder = QStringLiteral("15");
            remindAt = iso(it.start.addSecs(-15 * 60));
        }
        const Regarding *a = it.about;
        const bool repeats = !it.series.isEmpty() || it.repeatCount > 0;
        const QVariantList v = {
            id, QString::fromLatin1(kKindKeys[it.kind]), it.subject, iso(it.start),
            end.isValid() ? QVariant(iso(end)) : QVariant(), QString::fromLatin1(it.status),
            QString::fromLatin1(chance(15) ? "high" : chance(10) ? "low" : "normal"),
            it.kind == Meeting || it.kind == Visit ? pickPlain(kLocations, below(100)) : QVariant(),
            a && !a->account.isEmpty() ? QVariant(a->account) : QVariant(),
            a && !a->contact.isEmpty() ? QVariant(a->contact) : QVariant(),
            a && !a->lead.isEmpty() ? QVariant(a->lead) : QVariant(),
            it.kind == Call ? QVariant(QString::fromLatin1(chance(85) ? "outbound" : "inbound")) : QVariant(),
            it.kind == Call && a && !a->phone.isEmpty() ? QVariant(a->phone) : QVariant(),
            outcome, notes, completedAt, reminder, remindAt,
            QString::fromLatin1(repeats ? "weekly" : "none"), repeats ? QVariant(qlonglong(1)) : QVariant(),
            it.repeatCount > 0 ? QVariant(qlonglong(it.repeatCount)) : QVariant(),
            // The first occurrence of a series points at itself, as ActivityService's do.
            repeats ? QVariant(it.series.isEmpty() ? id : it.series) : QVariant(),
            it.owner, stamp, stamp, m_user};
        if (!ins.insert(v)) {
            lastError = ins.error();
            return QString();
        }
        ++written;
        return id;
    };
    auto subjectFor = [&](Kind kind, const Regarding &r) {
        const QString &company = r.company.isEmpty() ? r.name : r.company;
        switch (kind) {
        case Call: return pickText(kCallSubjects, below(100), r.name);
        case Meeting: return pickText(kMeetingSubjects, below(100), company);
        case Visit: return pickText(kVisitSubjects, below(100), company);
        case Task: return pickText(kTaskSubjects, below(100), r.name);
        }
        return QString();
    };
    auto pickKind = [&]() {
        const int roll = below(100);
        return roll < 50 ? Call : roll < 65 ? Meeting : roll < 75 ? Visit : Task;
    };
    auto at = [&](const QDate &day, int minuteOfDay) { return QDateTime(day, QTime(minuteOfDay / 60, minuteOfDay % 60)); };
    // A working-hours slot: 8:30 to 18:30 in quarters of an hour.
    auto slot = [&]() { return 8 * 60 + 30 + 15 * below(41); };

    // History and plans of the sampled records: mostly past and done, a few overdue, some ahead.
    for (const Regarding &r : m_sample) {
        const int n = 1 + below(3);
        for (int k = 0; k < n; ++k) {
            Item it;
            it.kind = r.lead.isEmpty() ? pickKind() : (chance(80) ? Call : Task);
            it.about = &r;
            it.owner = users[size_t(below(int(users.size())))];
            const bool past = chance(80);
            const int days = past ? -(1 + below(365)) : 1 + below(90);
            const QDate day = today.addDays(days);
            it.start = at(day, slot());
            it.minutes = it.kind == Call ? 5 + 5 * below(4) : 30 + 30 * below(4);
            if (past)
                it.status = days >= -14 && chance(6) ? "planned" : chance(96) ? "completed" : "cancelled";
            it.subject = subjectFor(it.kind, r);
            if (insert(it).isNull())
                return Error::failure(lastError);
        }
    }

    const Regarding fallback{QString(), QString(), m_accounts.empty() ? QString() : m_accounts.front().account,
                             m_accounts.empty() ? QString() : m_accounts.front().name,
                             m_accounts.empty() ? QString() : m_accounts.front().phone,
                             m_accounts.empty() ? QString() : m_accounts.front().name};
    auto anyRecord = [&]() -> const Regarding & {
        if (!m_sample.empty())
            return m_sample[size_t(below(int(m_sample.size())))];
        return fallback;
    };
    auto anyAccount = [&]() -> const Regarding & {
        return m_accounts.empty() ? fallback : m_accounts[size_t(below(int(m_accounts.size())))];
    };

    // Each user's day: 6 to 9 items at different hours (those already past mostly done), and 2 to
    // 4 overdue items from the last days.
    for (const QString &owner : users) {
        const int todayCount = 6 + below(4);
        for (int k = 0; k < todayCount; ++k) {
            Item it;
            it.kind = pickKind();
            const Regarding &r = it.kind == Visit ? anyAccount() : anyRecord();
            it.about = &r;
            it.owner = owner;
            it.start = at(today, 8 * 60 + 30 + k * 60 + 15 * below(3));
            it.minutes = it.kind == Call ? 10 : 45;
            if (it.start.addSecs(it.minutes * 60) < m_now)
                it.status = chance(65) ? "completed" : "planned";
            it.subject = subjectFor(it.kind, r);
            if (insert(it).isNull())
                return Error::failure(lastError);
        }
        const int overdue = 2 + below(3);
        for (int k = 0; k < overdue; ++k) {
            Item it;
            it.kind = chance(50) ? Task : Call;
            const Regarding &r = anyRecord();
            it.about = &r;
            it.owner = owner;
            it.start = at(today.addDays(-(1 + below(6))), slot());
            it.subject = subjectFor(it.kind, r);
            if (insert(it).isNull())
                return Error::failure(lastError);
        }
    }

    // Recurring weekly meetings: the team's sales meeting on Mondays at 9:00 (one series per user,
    // eight weeks back and eight ahead) and, for the current user, a weekly review with a key
    // account on Thursdays at 16:00. Occurrences are activities of their own linked by `series`.
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    for (const QString &owner : users) {
        QString series;
        const int count = 17;
        for (int w = -8; w <= 8; ++w) {
            Item it;
            it.kind = Meeting;
            it.owner = owner;
            it.start = at(monday.addDays(7 * w), 9 * 60);
            it.minutes = 60;
            it.status = it.start.addSecs(3600) < m_now ? "completed" : "planned";
            it.subject = QStringLiteral("Reunión semanal de ventas");
            it.series = series;
            it.repeatCount = series.isEmpty() ? count : 0;
            const QString id = insert(it);
            if (id.isNull())
                return Error::failure(lastError);
            if (series.isEmpty())
                series = id;
        }
    }
    if (!m_accounts.empty()) {
        const Regarding &key = m_accounts.front();
        QString series;
        for (int w = -4; w <= 6; ++w) {
            Item it;
            it.kind = Meeting;
            it.owner = m_user;
            it.about = &key;
            it.start = at(monday.addDays(3 + 7 * w), 16 * 60);
            it.minutes = 45;
            it.status = it.start.addSecs(45 * 60) < m_now ? "completed" : "planned";
            it.subject = QStringLiteral("Revisión semanal con %1").arg(key.name);
            it.series = series;
            it.repeatCount = series.isEmpty() ? 11 : 0;
            const QString id = insert(it);
            if (id.isNull())
                return Error::failure(lastError);
            if (series.isEmpty())
                series = id;
        }
    }

    const Status r = pause.resume();
    if (!r)
        return r.error();
    // The records' derived fields (last activity, next step, relationship) are recomputed from
    // these rows by the activity service's set-based pass after the load.
    const Status s = finishBulk(tx, db, QStringLiteral("activity"), first, maxActivityRid(conn), bulkKind, note);
    if (!s)
        return s.error();
    return written;
}

} // namespace trato
