// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace trato {

class Database;

// One activity as the caller's card shows it (recent history and open items).
struct CallerActivity
{
    QString id;
    QString kind;         // call | meeting | visit | task (storage keys)
    QString subject;
    QString startAt;      // ISO UTC
    QString status;       // planned | in_progress | completed | cancelled
    QString direction;    // inbound | outbound | ""
    QString outcome;      // an outcome key or ""
    QString completedAt;  // ISO UTC or ""
};

// A record that has the calling number in one of its phone fields.
struct CallerMatch
{
    QString entity;       // contact | lead | account
    QString id;
    QString name;         // display name
    QString accountId;    // contacts: their account; accounts: themselves
    QString accountName;  // contacts: the account's name; leads: their company text
    QString title;        // job title (contacts, leads)
    QString email;
    QString relationship; // the relationship key (contacts, accounts) or ""
    QString matchedField; // the phone field that holds the number ("mobile")
    QList<QPair<QString, QString>> phones; // every non-empty phone field: field name, stored value
    QList<CallerActivity> recent;          // the last 5 finished activities, newest first
    QList<CallerActivity> open;            // planned/in-progress activities, soonest first
};

struct CallerLookupResult
{
    QString input;         // what was asked for, trimmed
    QString number;        // the normalized key (E.164 "+34600112233", or digits for a number
                           // that is not valid in the region)
    QList<CallerMatch> matches; // best first: contacts, then leads, then accounts
    bool known() const { return !matches.isEmpty(); }
};

// Who is calling: the number normalized with MatchKeys (E.164 in the user's phone region) and
// looked up in every phone field of contacts, leads and accounts through the duplicate finder's
// digits-only expression indexes (SchemaBuilder "<entity>__dup_<field>"), so a lookup costs
// milliseconds at a million contacts. Each match carries its recent history and open items, read
// through the activity's relation indexes. Uses the calling thread's connection.
class CallerLookup
{
public:
    // region: AppSettings::phoneRegion() (core never reads settings itself).
    CallerLookup(Database &db, const QString &region);

    static constexpr int RecentCount = 5;
    static constexpr int OpenCount = 10;
    static constexpr int MaxMatches = 20;

    // The normalized number, or a BadInput error naming the text: empty, letters or symbols that
    // are not phone formatting, fewer than 3 or more than 20 digits. Accepts "tel:" and "sip:"
    // forms ("sip:+34600112233@pbx").
    static Result<QString> normalize(const QString &text, const QString &region);

    Result<CallerLookupResult> lookup(const QString &number) const;

    // The JSON the listener answers with and `trato-cli call incoming --format json` prints:
    // {"number", "input", "known", "matches": [{"entity", "id", "name", "account", ...,
    // "recent": [...], "open": [...]}]}.
    static QJsonObject toJson(const CallerLookupResult &result, const QString &callerName = QString());

    // The number as people read it ("+34 600 11 22 33"), or the key when it is not valid.
    static QString formatted(const QString &number, const QString &region);

    // The lookup statement of one phone column with `variants` bound values (public so a test can
    // prove with EXPLAIN QUERY PLAN that it reads the "<entity>__dup_<field>" index).
    static QString phoneQuerySql(const QString &entity, const QString &column, int variants);

private:
    Result<QList<CallerMatch>> find(const QString &entity, const QString &number) const;
    Status fillActivities(CallerMatch &match) const;

    Database &m_db;
    QString m_region;
};

} // namespace trato
