// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmatcher.h"

#include "../dedupe/matchkeys.h"
#include "../store/database.h"
#include "../store/sqlite.h"

#include <QSqlQuery>

namespace trato {

namespace {

// FNV-1a over the UTF-16 text, with a one-letter kind prefix so an email never equals a name.
quint64 hashKey(char kind, const QString &text)
{
    quint64 h = 1469598103934665603ull;
    auto mix = [&h](quint16 c) {
        h ^= quint64(c & 0xFF);
        h *= 1099511628211ull;
        h ^= quint64(c >> 8);
        h *= 1099511628211ull;
    };
    mix(quint16(kind));
    for (const QChar c : text)
        mix(c.unicode());
    return h;
}

} // namespace

ImportMatcher::ImportMatcher(const Entity &entity, const QString &phoneRegion)
    : m_entity(entity)
    , m_region(phoneRegion)
{
    for (const auto &f : entity.fields) {
        if (f.type == FieldType::Email)
            m_emailFields << f.name;
        else if (f.type == FieldType::Phone && (f.name == QLatin1String("mobile") || f.name == QLatin1String("home_phone")
                                                || !entity.field(QStringLiteral("mobile"))))
            m_phoneFields << f.name;
    }
    if (entity.field(QStringLiteral("account")) && entity.name != QLatin1String("account"))
        m_companyField = QStringLiteral("account");
    else if (entity.field(QStringLiteral("company")))
        m_companyField = QStringLiteral("company");
    m_hasTaxId = entity.field(QStringLiteral("tax_id")) != nullptr;
}

QList<quint64> ImportMatcher::keys(const QVariantMap &values) const
{
    return keys([&values](const QString &field) { return values.value(field); });
}

QList<quint64> ImportMatcher::keys(const std::function<QVariant(const QString &field)> &value) const
{
    QList<quint64> out;
    for (const auto &f : m_emailFields) {
        const QString e = MatchKeys::email(value(f).toString());
        if (!e.isEmpty())
            out << hashKey('e', e);
    }
    for (const auto &f : m_phoneFields) {
        const QString text = value(f).toString();
        if (text.isEmpty())
            continue;
        const QString d = MatchKeys::phoneBucket(text, m_region);
        if (d.size() >= 6)
            out << hashKey('p', d);
    }
    if (m_hasTaxId) {
        const QString t = value(QStringLiteral("tax_id")).toString().trimmed().toUpper();
        if (!t.isEmpty())
            out << hashKey('t', t);
    }
    // People match by name only within a company: two "Ana García" without one may be two people.
    // An account id is compared as is; a company name by its MatchKeys::company form.
    const QString companyText = m_companyField.isEmpty() ? QString() : value(m_companyField).toString().trimmed();
    const QString company = m_companyField == QLatin1String("company") ? MatchKeys::company(companyText) : companyText;
    if (!m_companyField.isEmpty() && company.isEmpty())
        return out;
    QStringList title;
    for (const auto &t : m_entity.titleFields)
        title << value(t).toString().trimmed();
    const QString joined = title.join(QLatin1Char(' '));
    // Accounts are their company name: "Hierros Ruiz, S.L." is "hierros ruiz".
    const QString name = m_entity.name == QLatin1String("account") ? MatchKeys::company(joined) : MatchKeys::name(joined);
    if (!name.isEmpty())
        out << hashKey('n', name + QLatin1Char('|') + company);
    return out;
}

Status ImportMatcher::loadExisting(Database &db)
{
    QStringList cols = m_emailFields + m_phoneFields + m_entity.titleFields;
    if (m_hasTaxId)
        cols << QStringLiteral("tax_id");
    if (!m_companyField.isEmpty())
        cols << m_companyField;
    cols.removeDuplicates();
    QStringList quoted;
    for (const auto &c : cols)
        quoted << Sql::ident(c);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rid, %1 FROM %2 WHERE deleted = 0").arg(quoted.join(QStringLiteral(", ")), Sql::ident(m_entity.name))))
        return Error::failure(QStringLiteral("%1").arg(m_entity.name));
    QVariantMap v;
    while (q.next()) {
        for (int i = 0; i < cols.size(); ++i)
            v.insert(cols.at(i), q.value(i + 1));
        const qint64 rid = q.value(0).toLongLong();
        for (const quint64 k : keys(v))
            if (!m_index.value(k))
                m_index.insert(k, rid);
    }
    return {};
}

qint64 ImportMatcher::find(const QList<quint64> &keys) const
{
    for (const quint64 k : keys) {
        if (const qint64 rid = m_index.value(k))
            return rid;
    }
    return 0;
}

void ImportMatcher::add(const QList<quint64> &keys, qint64 rid)
{
    for (const quint64 k : keys)
        if (!m_index.value(k))
            m_index.insert(k, rid);
}

void ImportMatcher::addNew(const QList<quint64> &keys, qint64 rid)
{
    for (const quint64 k : keys)
        m_index.insert(k, rid); // a key repeated within the row (same email twice) maps to the same rid
}

qint64 ImportMatcher::KeyIndex::value(quint64 key) const
{
    if (m_slots.empty())
        return 0;
    key = key ? key : 1;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = slotOf(key);; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (s.key == key)
            return s.rid;
        if (s.key == 0)
            return 0;
    }
}

void ImportMatcher::KeyIndex::insert(quint64 key, qint64 rid)
{
    if ((m_size + 1) * 2 > m_slots.size()) // at most half full: short probe runs
        grow();
    key = key ? key : 1;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = slotOf(key);; i = (i + 1) & mask) {
        Slot &s = m_slots[i];
        if (s.key == key) {
            s.rid = rid;
            return;
        }
        if (s.key == 0) {
            s = {key, rid};
            ++m_size;
            return;
        }
    }
}

void ImportMatcher::KeyIndex::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_bits = m_bits ? m_bits + 1 : 10;
    m_slots.assign(size_t(1) << m_bits, Slot());
    m_size = 0;
    for (const Slot &s : old)
        if (s.key)
            insert(s.key, s.rid);
}

} // namespace trato
