// SPDX-License-Identifier: GPL-3.0-or-later
#include "callerlookup.h"

#include "../dedupe/matchkeys.h"
#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/schemabuilder.h"
#include "../store/sqlite.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

#include <phonenumbers/phonenumberutil.h>

namespace trato {

using Sql::ident;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::CallerLookup", text);
}

// The entities a caller can be, best first: a person we know, a person we might sell to, a company.
const char *const kEntities[] = {"contact", "lead", "account"};

QJsonObject activityJson(const CallerActivity &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), a.id);
    o.insert(QStringLiteral("kind"), a.kind);
    o.insert(QStringLiteral("subject"), a.subject);
    o.insert(QStringLiteral("start_at"), a.startAt);
    o.insert(QStringLiteral("status"), a.status);
    o.insert(QStringLiteral("direction"), a.direction.isEmpty() ? QJsonValue() : QJsonValue(a.direction));
    o.insert(QStringLiteral("outcome"), a.outcome.isEmpty() ? QJsonValue() : QJsonValue(a.outcome));
    o.insert(QStringLiteral("completed_at"), a.completedAt.isEmpty() ? QJsonValue() : QJsonValue(a.completedAt));
    return o;
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

CallerLookup::CallerLookup(Database &db, const QString &region)
    : m_db(db)
    , m_region(MatchKeys::normalizedRegion(region))
{
}

Result<QString> CallerLookup::normalize(const QString &text, const QString &region)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return Error::badInput(tr("No phone number was given."));
    if (t.size() > 64)
        return Error::badInput(tr("\"%1…\" is not a phone number: it is too long.").arg(t.left(24)));
    // URIs some PBXs and softphones pass on: tel:+34..., sip:+34...@pbx.example.
    for (const char *scheme : {"tel:", "sip:", "sips:"}) {
        if (t.startsWith(QLatin1String(scheme), Qt::CaseInsensitive)) {
            t = t.mid(int(qstrlen(scheme)));
            const int at = t.indexOf(QLatin1Char('@'));
            if (at >= 0)
                t = t.left(at);
            const int semicolon = t.indexOf(QLatin1Char(';'));
            if (semicolon >= 0)
                t = t.left(semicolon);
            break;
        }
    }
    int digits = 0;
    for (const QChar c : std::as_const(t)) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ++digits;
        else if (!QStringLiteral(" +-.()/").contains(c))
            return Error::badInput(tr("\"%1\" is not a phone number: only digits, spaces and + - . ( ) / may appear in one.")
                                       .arg(text.trimmed()));
    }
    if (digits < 3 || digits > 20)
        return Error::badInput(QCoreApplication::translate("trato::CallerLookup", "\"%1\" is not a phone number: it has %n digit(s).", nullptr, digits).arg(text.trimmed()));
    const QString key = MatchKeys::phone(t, region);
    if (key.isEmpty())
        return Error::badInput(tr("\"%1\" is not a phone number.").arg(text.trimmed()));
    return key;
}

QString CallerLookup::formatted(const QString &number, const QString &region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    if (!number.startsWith(QLatin1Char('+')))
        return number;
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    if (util->Parse(number.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return number;
    std::string out;
    // Numbers of the user's own country as dialled there, others in international form.
    std::string numberRegion;
    util->GetRegionCodeForNumber(parsed, &numberRegion);
    const bool home = numberRegion == MatchKeys::normalizedRegion(region).toStdString();
    util->Format(parsed, home ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

Result<CallerLookupResult> CallerLookup::lookup(const QString &number) const
{
    auto key = normalize(number, m_region);
    if (!key)
        return key.error();
    CallerLookupResult result;
    result.input = number.trimmed();
    result.number = key.value();
    for (const char *entity : kEntities) {
        if (!m_db.registry()->entity(QLatin1String(entity)))
            continue;
        auto found = find(QLatin1String(entity), result.number);
        if (!found)
            return found.error();
        for (CallerMatch &m : found.value()) {
            if (result.matches.size() >= MaxMatches)
                break;
            const Status s = fillActivities(m);
            if (!s)
                return s.error();
            result.matches << m;
        }
    }
    return result;
}

QString CallerLookup::phoneQuerySql(const QString &entity, const QString &column, int variants)
{
    QStringList marks;
    for (int i = 0; i < variants; ++i)
        marks << QStringLiteral("?");
    // "+deleted": never let the planner prefer a (deleted, ...) list index over the lookup index.
    return QStringLiteral("SELECT id, %2 FROM %1 WHERE %3 IN (%4) AND +deleted = 0 ORDER BY updated_at DESC LIMIT %5")
        .arg(ident(entity), ident(column), SchemaBuilder::phoneDigitsSql(column), marks.join(QStringLiteral(", ")))
        .arg(MaxMatches);
}

Result<QList<CallerMatch>> CallerLookup::find(const QString &entityName, const QString &number) const
{
    const Entity *e = m_db.registry()->entity(entityName);
    QStringList phoneFields;
    for (const auto &f : e->fields)
        if (f.type == FieldType::Phone && !f.system)
            phoneFields << f.name;
    QList<CallerMatch> out;
    if (phoneFields.isEmpty())
        return out;

    // The digit strings the number may be stored under, against the digits-only expression index
    // of each phone field (one index lookup per field and variant), then libphonenumber confirms.
    const QStringList variants = MatchKeys::phoneDigitVariants(number, m_region);
    QVariantList params;
    for (const auto &v : variants)
        params << v;
    QSqlDatabase conn = m_db.connection();
    QStringList ids;
    QHash<QString, QString> matchedField;
    for (const QString &column : std::as_const(phoneFields)) {
        auto q = Sql::exec(conn, phoneQuerySql(entityName, column, int(params.size())), params);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QString id = q.value().value(0).toString();
            if (matchedField.contains(id) || MatchKeys::phone(q.value().value(1).toString(), m_region) != number)
                continue;
            matchedField.insert(id, column);
            ids << id;
        }
    }
    if (ids.isEmpty())
        return out;

    QStringList columns = {QStringLiteral("id")};
    columns << e->titleFields << phoneFields;
    for (const char *optional : {"account", "company", "title", "email", "relationship"})
        if (e->field(QLatin1String(optional)) && !columns.contains(QLatin1String(optional)))
            columns << QLatin1String(optional);
    QStringList selected;
    for (const QString &c : std::as_const(columns))
        selected << QStringLiteral("r.%1 AS %1").arg(ident(c));
    const bool contactAccount = e->field(QStringLiteral("account")) && entityName != QLatin1String("account");
    QString sql = QStringLiteral("SELECT %1").arg(selected.join(QStringLiteral(", ")));
    if (contactAccount)
        sql += QStringLiteral(", a.name FROM %1 r LEFT JOIN account a ON a.id = r.account").arg(ident(entityName));
    else
        sql += QStringLiteral(" FROM %1 r").arg(ident(entityName));
    sql += QStringLiteral(" WHERE r.id = ?");
    for (const QString &id : std::as_const(ids)) {
        auto q = Sql::exec(conn, sql, {id});
        if (!q)
            return q.error();
        if (!q.value().next())
            continue;
        const QSqlQuery &r = q.value();
        CallerMatch m;
        m.entity = entityName;
        m.id = id;
        QStringList nameParts;
        for (const auto &f : e->titleFields)
            if (!r.value(f).toString().trimmed().isEmpty())
                nameParts << r.value(f).toString().trimmed();
        m.name = nameParts.join(QLatin1Char(' '));
        for (const QString &p : std::as_const(phoneFields))
            if (!r.value(p).toString().trimmed().isEmpty())
                m.phones << qMakePair(p, r.value(p).toString());
        m.matchedField = matchedField.value(id);
        m.title = e->field(QStringLiteral("title")) ? r.value(QStringLiteral("title")).toString() : QString();
        m.email = e->field(QStringLiteral("email")) ? r.value(QStringLiteral("email")).toString() : QString();
        m.relationship = e->field(QStringLiteral("relationship")) ? r.value(QStringLiteral("relationship")).toString() : QString();
        if (entityName == QLatin1String("account")) {
            m.accountId = id;
            m.accountName = m.name;
        } else if (contactAccount) {
            m.accountId = r.value(QStringLiteral("account")).toString();
            m.accountName = r.value(columns.size()).toString();
        } else if (e->field(QStringLiteral("company"))) {
            m.accountName = r.value(QStringLiteral("company")).toString();
        }
        out << m;
    }
    return out;
}

Status CallerLookup::fillActivities(CallerMatch &match) const
{
    const Entity *activity = m_db.registry()->entity(QStringLiteral("activity"));
    const Field *regarding = activity ? activity->field(match.entity) : nullptr;
    if (!regarding || regarding->type != FieldType::Relation)
        return {};
    QSqlDatabase conn = m_db.connection();
    // Both read through the activity's relation index (a handful of rows per record).
    const QString select = QStringLiteral("SELECT id, kind, subject, start_at, status, direction, outcome, completed_at "
                                          "FROM activity WHERE %1 = ? AND +deleted = 0 AND status %2 ORDER BY %3 LIMIT %4")
                               .arg(ident(match.entity));
    auto read = [&](const QString &sql, QList<CallerActivity> &into) -> Status {
        auto q = Sql::exec(conn, sql, {match.id});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            into << CallerActivity{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                   r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                                   r.value(6).toString(), r.value(7).toString()};
        }
        return {};
    };
    Status s = read(select.arg(QStringLiteral("IN ('completed', 'cancelled')"),
                               QStringLiteral("coalesce(completed_at, start_at) DESC, rid DESC"))
                        .arg(RecentCount),
                    match.recent);
    if (!s)
        return s;
    return read(select.arg(QStringLiteral("IN ('planned', 'in_progress')"), QStringLiteral("start_at, rid")).arg(OpenCount),
                match.open);
}

QJsonObject CallerLookup::toJson(const CallerLookupResult &result, const QString &callerName)
{
    QJsonObject o;
    o.insert(QStringLiteral("number"), result.number);
    o.insert(QStringLiteral("input"), result.input);
    o.insert(QStringLiteral("caller_name"), textOrNull(callerName));
    o.insert(QStringLiteral("known"), result.known());
    QJsonArray matches;
    for (const CallerMatch &m : result.matches) {
        QJsonObject j;
        j.insert(QStringLiteral("entity"), m.entity);
        j.insert(QStringLiteral("id"), m.id);
        j.insert(QStringLiteral("name"), m.name);
        j.insert(QStringLiteral("account_id"), textOrNull(m.accountId));
        j.insert(QStringLiteral("account"), textOrNull(m.accountName));
        j.insert(QStringLiteral("title"), textOrNull(m.title));
        j.insert(QStringLiteral("email"), textOrNull(m.email));
        j.insert(QStringLiteral("relationship"), textOrNull(m.relationship));
        j.insert(QStringLiteral("matched_field"), m.matchedField);
        QJsonObject phones;
        for (const auto &p : m.phones)
            phones.insert(p.first, p.second);
        j.insert(QStringLiteral("phones"), phones);
        QJsonArray recent, open;
        for (const auto &a : m.recent)
            recent.append(activityJson(a));
        for (const auto &a : m.open)
            open.append(activityJson(a));
        j.insert(QStringLiteral("recent"), recent);
        j.insert(QStringLiteral("open"), open);
        matches.append(j);
    }
    o.insert(QStringLiteral("matches"), matches);
    return o;
}

} // namespace trato
