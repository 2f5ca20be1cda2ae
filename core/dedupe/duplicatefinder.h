// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace trato {

class Database;
struct Entity;

// Why a record looks like a duplicate of another one.
enum DuplicateReason : unsigned {
    SameEmail = 1u << 0,
    SamePhone = 1u << 1,
    SameName = 1u << 2,     // same name key (word order, accents, case and punctuation ignored);
                            // for accounts, the same company key (legal forms ignored)
    SimilarName = 1u << 3,  // every word of the shorter name is in the other (at least two words)
    SameCompany = 1u << 4,  // same account (contacts) or the same company key (leads)
};
// "same email, same phone" — translated, for lists and the CLI.
QString duplicateReasonText(unsigned reasons);

// One existing record that looks like the record being created, edited or imported.
struct DuplicateCandidate
{
    QString id;
    QString title;        // display name
    int score = 0;        // 0..100, for ordering: email 50, phone 40, name 30 (accounts 60), ...
    unsigned reasons = 0; // DuplicateReason bits
    // Likely the same record: a shared email or phone, the same account name, or a (similar) name
    // together with the same company/account. A name alone is only "possible".
    bool likely = false;
};

// A set of records of one entity that share keys (email, phone, name + company) with each other,
// directly or through other members of the group.
struct DuplicateGroup
{
    QStringList ids;      // the oldest record first (the default to keep)
    QStringList titles;
    unsigned reasons = 0; // every reason that joined members of this group
};

struct DuplicateScan
{
    QList<DuplicateGroup> groups; // largest first
    qint64 scanned = 0;           // records read
    qint64 duplicates = 0;        // records in some group (all groups, also past maxGroups)
    int totalGroups = 0;          // groups found (groups holds at most maxGroups of them)
};

struct DuplicateOptions
{
    int limit = 20;               // at most this many candidates, best first
    bool includePossible = false; // also name-only matches
};

// Finds likely duplicates with indexed lookups only (email and phone expression indexes from
// SchemaBuilder, the full-text index for names), so a lookup costs milliseconds at a million
// records; used by record forms on save, trato-cli add/update, the importer and lead conversion.
// The phone region ("ES") reads numbers written without a country code; callers pass the user's
// setting (AppSettings::phoneRegion) — the finder never reads settings itself.
// Uses the calling thread's connection: make one per thread.
class DuplicateFinder
{
public:
    DuplicateFinder(Database &db, const QString &region);

    using Options = DuplicateOptions;

    // Records of `entity` (not in the Trash, not excludeId) that look like `values` (field -> storage
    // value, as RecordStore takes them; relation fields hold ids).
    Result<QList<DuplicateCandidate>> findFor(const QString &entity, const QVariantMap &values,
                                              const QString &excludeId = QString()) const;
    Result<QList<DuplicateCandidate>> findFor(const QString &entity, const QVariantMap &values,
                                              const QString &excludeId, const Options &options) const;
    // The same for a stored record.
    Result<QList<DuplicateCandidate>> findForRecord(const QString &entity, const QString &id,
                                                    const Options &options = Options()) const;

    // Whether a write of these fields can make a record a duplicate (emails, phones, name, company or
    // account): forms and the CLI skip the lookup for "city=Soria".
    static bool touchesKeys(const Entity &entity, const QVariantMap &values);

    // Every group of duplicates in the entity (records in the Trash are left out). Reads the table
    // once; run it on a worker (runInBackground). progress(done, total) is called every 10,000 rows
    // and returns false to cancel (the result is then a BadInput error). maxGroups 0 = all.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    Result<DuplicateScan> scan(const QString &entity, const Progress &progress = Progress(),
                               int maxGroups = 0) const;

private:
    Database &m_db;
    QString m_region;
};

} // namespace trato
