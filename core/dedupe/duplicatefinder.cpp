// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatefinder.h"

#include "matchkeys.h"
#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/schemabuilder.h"
#include "../store/sqlite.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <vector>

namespace trato {

using Sql::ident;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::DuplicateFinder", text);
}

// Which fields of an entity carry its keys. Person-like entities (first/last name) compare names
// together with their company (contacts: the account; leads: the company text); accounts compare
// their name as a company name.
struct Profile
{
    QStringList emails;
    QStringList phones;
    QStringList nameFields;
    QString companyField;
    bool companyIsRelation = false;
    bool nameIsCompany = false;
};

Profile profileOf(const Entity &e)
{
    Profile p;
    for (const auto &f : e.fields) {
        if (f.system)
            continue;
        if (f.type == FieldType::Email)
            p.emails << f.name;
        else if (f.type == FieldType::Phone)
            p.phones << f.name;
    }
    p.nameFields = e.titleFields;
    if (e.name == QLatin1String("account")) {
        p.nameIsCompany = true;
        return p;
    }
    const Field *account = e.field(QStringLiteral("account"));
    const Field *company = e.field(QStringLiteral("company"));
    if (account && account->type == FieldType::Relation && account->relationTarget == QLatin1String("account")) {
        p.companyField = account->name;
        p.companyIsRelation = true;
    } else if (company && company->type == FieldType::Text) {
        p.companyField = company->name;
    }
    return p;
}

QString joinedName(const Profile &p, const QVariantMap &values)
{
    QStringList parts;
    for (const auto &f : p.nameFields)
        parts << values.value(f).toString();
    return parts.join(QLatin1Char(' ')).trimmed();
}

QString nameKeyOf(const Profile &p, const QString &joined)
{
    return p.nameIsCompany ? MatchKeys::company(joined) : MatchKeys::name(joined);
}

QString companyKeyOf(const Profile &p, const QVariant &value)
{
    if (value.isNull() || value.toString().trimmed().isEmpty())
        return {};
    return p.companyIsRelation ? value.toString() : MatchKeys::company(value.toString());
}

bool isSubset(const QStringList &small, const QStringList &big)
{
    if (small.size() < 2 || small.size() >= big.size())
        return false;
    QStringList rest = big;
    for (const auto &w : small)
        if (!rest.removeOne(w))
            return false;
    return true;
}

int scoreOf(unsigned reasons, bool nameIsCompany)
{
    int score = 0;
    if (reasons & SameEmail)
        score += 50;
    if (reasons & SamePhone)
        score += 40;
    if (reasons & SameName)
        score += nameIsCompany ? 60 : 30;
    else if (reasons & SimilarName)
        score += 15;
    if (reasons & SameCompany)
        score += 20;
    return std::min(score, 100);
}

bool isLikely(unsigned reasons, bool nameIsCompany)
{
    if (reasons & (SameEmail | SamePhone))
        return true;
    if (nameIsCompany)
        return reasons & SameName;
    return (reasons & (SameName | SimilarName)) && (reasons & SameCompany);
}

// The FTS query for a name: every word quoted, all required, only in the name columns.
QString nameMatch(const QStringList &columns, const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QLatin1Char('"');
    if (terms.isEmpty())
        return {};
    return QStringLiteral("{%1} : (%2)").arg(columns.join(QLatin1Char(' ')), terms.join(QLatin1Char(' ')));
}

// 64-bit hash of a key with its kind, for the scan (collisions at a million keys: ~1e-8).
quint64 keyHash(char kind, const QString &key)
{
    const quint64 a = qHash(key, size_t(0x9e3779b97f4a7c15ULL) + size_t(kind));
    return a ^ (quint64(qHash(key, size_t(kind) * 31u + 7u)) << 1);
}

struct UnionFind
{
    std::vector<int> parent;
    std::vector<unsigned> reasons;
    explicit UnionFind(size_t n) : parent(n), reasons(n, 0) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x)
    {
        while (parent[size_t(x)] != x) {
            parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
            x = parent[size_t(x)];
        }
        return x;
    }
    void unite(int a, int b, unsigned why)
    {
        a = find(a);
        b = find(b);
        if (a != b) {
            if (b < a)
                std::swap(a, b); // the older record (lower row) stays the root
            parent[size_t(b)] = a;
            reasons[size_t(a)] |= reasons[size_t(b)];
        }
        reasons[size_t(a)] |= why;
    }
};

} // namespace

QString duplicateReasonText(unsigned reasons)
{
    QStringList parts;
    if (reasons & SameEmail)
        parts << tr("same email");
    if (reasons & SamePhone)
        parts << tr("same phone");
    if (reasons & SameName)
        parts << tr("same name");
    if (reasons & SimilarName)
        parts << tr("similar name");
    if (reasons & SameCompany)
        parts << tr("same company");
    return parts.join(QStringLiteral(", "));
}

DuplicateFinder::DuplicateFinder(Database &db, const QString &region)
    : m_db(db)
    , m_region(MatchKeys::normalizedRegion(region))
{
}

bool DuplicateFinder::touchesKeys(const Entity &entity, const QVariantMap &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const Field *f = entity.field(it.key());
        if (!f)
            continue;
        if (f->type == FieldType::Email || f->type == FieldType::Phone || entity.titleFields.contains(f->name)
            || f->name == QLatin1String("company") || f->name == QLatin1String("account"))
            return true;
    }
    return false;
}

Result<QList<DuplicateCandidate>> DuplicateFinder::findFor(const QString &entity, const QVariantMap &values,
                                                           const QString &excludeId) const
{
    return findFor(entity, values, excludeId, Options());
}

Result<QList<DuplicateCandidate>> DuplicateFinder::findForRecord(const QString &entity, const QString &id,
                                                                 const Options &options) const
{
    const Entity *e = m_db.registry()->entity(entity);
    if (!e)
        return Error::badInput(tr("Unknown entity \"%1\".").arg(entity));
    auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(ident(entity)), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no %1 with id %2.").arg(entity, id));
    QVariantMap values;
    for (const auto &f : e->fields)
        values.insert(f.name, q.value().value(f.name));
    return findFor(entity, values, id, options);
}

Result<QList<DuplicateCandidate>> DuplicateFinder::findFor(const QString &entityName, const QVariantMap &values,
                                                           const QString &excludeId, const Options &options) const
{
    const Entity *e = m_db.registry()->entity(entityName);
    if (!e)
        return Error::badInput(tr("Unknown entity \"%1\".").arg(entityName));
    const Profile p = profileOf(*e);
    const QString table = ident(e->name);
    QSqlDatabase conn = m_db.connection();
    QHash<QString, unsigned> found; // id -> reasons
    // "+deleted": never let the planner pick a (deleted, ...) list index over the lookup index.

    // Emails: any email field of the input against any email field of the table.
    QStringList emails;
    for (const auto &f : p.emails) {
        const QString key = MatchKeys::email(values.value(f).toString());
        if (!key.isEmpty() && !emails.contains(key))
            emails << key;
    }
    for (const auto &key : std::as_const(emails)) {
        for (const auto &column : p.emails) {
            auto q = Sql::exec(conn, QStringLiteral("SELECT id FROM %1 WHERE %2 = lower(?) AND +deleted = 0 LIMIT 100")
                                         .arg(table, SchemaBuilder::emailKeySql(column)),
                               {key});
            if (!q)
                return q.error();
            while (q.value().next())
                found[q.value().value(0).toString()] |= SameEmail;
        }
    }

    // Phones: the digit strings the number may be stored under, then the exact key to confirm.
    QStringList phones;
    for (const auto &f : p.phones) {
        const QString key = MatchKeys::phone(values.value(f).toString(), m_region);
        if (!key.isEmpty() && !phones.contains(key))
            phones << key;
    }
    for (const auto &key : std::as_const(phones)) {
        const QStringList variants = MatchKeys::phoneDigitVariants(key, m_region);
        QVariantList params;
        QStringList marks;
        for (const auto &v : variants) {
            params << v;
            marks << QStringLiteral("?");
        }
        for (const auto &column : p.phones) {
            auto q = Sql::exec(conn, QStringLiteral("SELECT id, %2 FROM %1 WHERE %3 IN (%4) AND +deleted = 0 LIMIT 100")
                                         .arg(table, ident(column), SchemaBuilder::phoneDigitsSql(column),
                                              marks.join(QStringLiteral(", "))),
                               params);
            if (!q)
                return q.error();
            while (q.value().next())
                if (MatchKeys::phone(q.value().value(1).toString(), m_region) == key)
                    found[q.value().value(0).toString()] |= SamePhone;
        }
    }

    // Names, confirmed by their keys. A name alone is only "possible", so without a company or
    // account to go with it the name is looked up only when possible matches are wanted. With an
    // account (contacts) the account's records are few and indexed: read those instead of walking
    // the full-text index, whose doclists for common names ("david", "garcia") cost milliseconds.
    const QString name = joinedName(p, values);
    const QString nameKey = nameKeyOf(p, name);
    const QString companyKey = p.companyField.isEmpty() ? QString() : companyKeyOf(p, values.value(p.companyField));
    const QStringList searchable = e->searchColumns();
    bool namesIndexed = !p.nameFields.isEmpty();
    for (const auto &f : p.nameFields)
        namesIndexed = namesIndexed && searchable.contains(f);
    const bool nameMatters = p.nameIsCompany || !companyKey.isEmpty() || options.includePossible;
    if (namesIndexed && !nameKey.isEmpty() && nameMatters) {
        QStringList cols;
        for (const auto &f : p.nameFields)
            cols << QStringLiteral("a.") + ident(f);
        Result<QSqlQuery> q = Error::failure(QString());
        if (p.companyIsRelation && !companyKey.isEmpty() && !options.includePossible) {
            q = Sql::exec(conn, QStringLiteral("SELECT a.id, %1 FROM %2 a WHERE a.%3 = ? AND +a.deleted = 0 LIMIT 5000")
                                    .arg(cols.join(QStringLiteral(", ")), table, ident(p.companyField)),
                          {companyKey});
        } else {
            QString match = nameMatch(p.nameFields, p.nameIsCompany ? nameKey : name);
            // Leads: the company's words narrow the hits (they are in the same index).
            if (!p.companyIsRelation && !companyKey.isEmpty() && searchable.contains(p.companyField) && !options.includePossible)
                match += QStringLiteral(" AND ") + nameMatch({p.companyField}, companyKey);
            q = Sql::exec(conn, QStringLiteral("SELECT a.id, %1 FROM %2 a WHERE a.rid IN "
                                               "(SELECT rowid FROM %3 WHERE %3 MATCH ? LIMIT 500) AND +a.deleted = 0")
                                    .arg(cols.join(QStringLiteral(", ")), table, ident(e->ftsTable())),
                          {match});
        }
        if (!q)
            return q.error();
        const QStringList words = nameKey.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        while (q.value().next()) {
            QVariantMap other;
            for (int i = 0; i < p.nameFields.size(); ++i)
                other.insert(p.nameFields.at(i), q.value().value(i + 1));
            const QString otherKey = nameKeyOf(p, joinedName(p, other));
            const QString id = q.value().value(0).toString();
            if (otherKey == nameKey) {
                found[id] |= SameName;
            } else {
                const QStringList otherWords = otherKey.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (!p.nameIsCompany && (isSubset(words, otherWords) || isSubset(otherWords, words)))
                    found[id] |= SimilarName;
            }
        }
    }
    found.remove(excludeId);
    if (found.isEmpty())
        return QList<DuplicateCandidate>();

    // Company/account and title of every candidate in one query.
    QStringList marks;
    QVariantList params;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        marks << QStringLiteral("?");
        params << it.key();
    }
    auto q = Sql::exec(conn, QStringLiteral("SELECT a.id, %1, %2 FROM %3 a WHERE a.id IN (%4)")
                                 .arg(e->titleExpression(QStringLiteral("a")),
                                      p.companyField.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("a.") + ident(p.companyField),
                                      table, marks.join(QStringLiteral(", "))),
                       params);
    if (!q)
        return q.error();
    QList<DuplicateCandidate> out;
    while (q.value().next()) {
        DuplicateCandidate c;
        c.id = q.value().value(0).toString();
        c.title = q.value().value(1).toString();
        c.reasons = found.value(c.id);
        if (!companyKey.isEmpty() && companyKeyOf(p, q.value().value(2)) == companyKey)
            c.reasons |= SameCompany;
        c.score = scoreOf(c.reasons, p.nameIsCompany);
        c.likely = isLikely(c.reasons, p.nameIsCompany);
        if (c.likely || options.includePossible)
            out << c;
    }
    std::sort(out.begin(), out.end(), [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    if (options.limit > 0 && out.size() > options.limit)
        out = out.mid(0, options.limit);
    return out;
}

Result<DuplicateScan> DuplicateFinder::scan(const QString &entityName, const Progress &progress, int maxGroups) const
{
    const Entity *e = m_db.registry()->entity(entityName);
    if (!e)
        return Error::badInput(tr("Unknown entity \"%1\".").arg(entityName));
    const Profile p = profileOf(*e);
    const QString table = ident(e->name);
    QSqlDatabase conn = m_db.connection();
    const Error cancelled = Error::badInput(tr("The search for duplicates was cancelled."));

    qint64 total = 0;
    {
        auto c = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table));
        if (!c)
            return c.error();
        total = c.value().next() ? c.value().value(0).toLongLong() : 0;
    }

    // One pass: every key of every record as (hash, row); equal hashes are then neighbours after a
    // sort. Phones are bucketed by the cheap MatchKeys::phoneBucket and confirmed afterwards.
    QStringList cols = {QStringLiteral("rid")};
    for (const auto &f : p.emails)
        cols << ident(f);
    for (const auto &f : p.phones)
        cols << ident(f);
    for (const auto &f : p.nameFields)
        cols << ident(f);
    if (!p.companyField.isEmpty())
        cols << ident(p.companyField);
    struct Key
    {
        quint64 hash;
        int row;
        unsigned reason;
        bool operator<(const Key &o) const { return hash < o.hash || (hash == o.hash && row < o.row); }
    };
    std::vector<qint64> rids;
    std::vector<Key> keys;
    std::vector<Key> phoneKeys;
    rids.reserve(size_t(total));
    keys.reserve(size_t(total) * size_t(p.emails.size() + 1));
    {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE +deleted = 0 ORDER BY rid").arg(cols.join(QStringLiteral(", ")), table)))
            return Error::failure(tr("Cannot read %1: %2").arg(e->name, q.lastError().text()));
        const int emailAt = 1;
        const int phoneAt = emailAt + int(p.emails.size());
        const int nameAt = phoneAt + int(p.phones.size());
        const int companyAt = nameAt + int(p.nameFields.size());
        while (q.next()) {
            const int row = int(rids.size());
            rids.push_back(q.value(0).toLongLong());
            for (int i = 0; i < p.emails.size(); ++i) {
                const QString key = MatchKeys::email(q.value(emailAt + i).toString());
                if (!key.isEmpty())
                    keys.push_back({keyHash('E', key), row, SameEmail});
            }
            for (int i = 0; i < p.phones.size(); ++i) {
                const QString bucket = MatchKeys::phoneBucket(q.value(phoneAt + i).toString(), m_region);
                if (!bucket.isEmpty())
                    phoneKeys.push_back({keyHash('P', bucket), row, SamePhone});
            }
            QStringList parts;
            for (int i = 0; i < p.nameFields.size(); ++i)
                parts << q.value(nameAt + i).toString();
            const QString nameKey = nameKeyOf(p, parts.join(QLatin1Char(' ')));
            if (p.nameIsCompany) {
                if (!nameKey.isEmpty())
                    keys.push_back({keyHash('C', nameKey), row, SameName});
            } else if (!p.companyField.isEmpty() && !nameKey.isEmpty()) {
                const QString company = companyKeyOf(p, q.value(companyAt));
                if (!company.isEmpty())
                    keys.push_back({keyHash('N', nameKey + QChar(0x1f) + company), row, SameName | SameCompany});
            }
            if (progress && (rids.size() % 10000) == 0 && !progress(qint64(rids.size()), total))
                return cancelled;
        }
    }
    if (progress && !progress(qint64(rids.size()), total))
        return cancelled;
    UnionFind uf(rids.size());
    std::sort(keys.begin(), keys.end());
    for (size_t i = 1; i < keys.size(); ++i)
        if (keys[i].hash == keys[i - 1].hash && keys[i].row != keys[i - 1].row)
            uf.unite(keys[i - 1].row, keys[i].row, keys[i].reason);

    // Phone buckets with more than one record: confirm with the exact key (libphonenumber).
    std::sort(phoneKeys.begin(), phoneKeys.end());
    if (!p.phones.isEmpty()) {
        QStringList phoneCols;
        for (const auto &f : p.phones)
            phoneCols << ident(f);
        QSqlQuery byRid(conn);
        if (!byRid.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE rid = ?").arg(phoneCols.join(QStringLiteral(", ")), table)))
            return Error::failure(byRid.lastError().text());
        QHash<qint64, QStringList> phoneCache;
        auto phonesOf = [&](int row) -> QStringList {
            const qint64 rid = rids[size_t(row)];
            auto it = phoneCache.constFind(rid);
            if (it != phoneCache.constEnd())
                return *it;
            QStringList exact;
            byRid.bindValue(0, rid);
            if (byRid.exec() && byRid.next())
                for (int i = 0; i < p.phones.size(); ++i)
                    exact << MatchKeys::phone(byRid.value(i).toString(), m_region);
            phoneCache.insert(rid, exact);
            return exact;
        };
        for (size_t i = 0; i < phoneKeys.size();) {
            size_t j = i + 1;
            while (j < phoneKeys.size() && phoneKeys[j].hash == phoneKeys[i].hash)
                ++j;
            if (j - i > 1) {
                QHash<QString, int> firstRowOfKey;
                for (size_t k = i; k < j; ++k) {
                    const int row = phoneKeys[k].row;
                    for (const QString &exact : phonesOf(row)) {
                        if (exact.isEmpty())
                            continue;
                        auto it = firstRowOfKey.constFind(exact);
                        if (it == firstRowOfKey.constEnd())
                            firstRowOfKey.insert(exact, row);
                        else if (*it != row)
                            uf.unite(*it, row, SamePhone);
                    }
                }
            }
            i = j;
        }
    }

    // Groups: members in row order (oldest first), largest groups first.
    std::vector<int> groupSize(rids.size(), 0);
    for (size_t row = 0; row < rids.size(); ++row)
        ++groupSize[size_t(uf.find(int(row)))];
    QHash<int, std::vector<int>> members;
    for (size_t row = 0; row < rids.size(); ++row) {
        const int root = uf.find(int(row));
        if (groupSize[size_t(root)] > 1)
            members[root].push_back(int(row));
    }
    std::vector<std::pair<int, std::vector<int>>> groups;
    DuplicateScan out;
    out.scanned = qint64(rids.size());
    for (auto it = members.begin(); it != members.end(); ++it) {
        if (it.value().size() < 2)
            continue;
        out.duplicates += qint64(it.value().size());
        groups.emplace_back(it.key(), std::move(it.value()));
    }
    out.totalGroups = int(groups.size());
    std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        if (a.second.size() != b.second.size())
            return a.second.size() > b.second.size();
        return a.first < b.first;
    });
    if (maxGroups > 0 && int(groups.size()) > maxGroups)
        groups.resize(size_t(maxGroups));
    QSqlQuery title(conn);
    if (!title.prepare(QStringLiteral("SELECT id, %1 FROM %2 a WHERE rid = ?").arg(e->titleExpression(QStringLiteral("a")), table)))
        return Error::failure(title.lastError().text());
    for (const auto &[root, rows] : groups) {
        DuplicateGroup g;
        g.reasons = uf.reasons[size_t(root)];
        for (int row : rows) {
            title.bindValue(0, rids[size_t(row)]);
            if (!title.exec() || !title.next())
                return Error::failure(title.lastError().text());
            g.ids << title.value(0).toString();
            g.titles << title.value(1).toString();
        }
        out.groups << g;
    }
    return out;
}

} // namespace trato
