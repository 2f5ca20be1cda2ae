// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../metadata/entity.h"
#include "../util/result.h"

#include <QHash>
#include <QVariantMap>

#include <functional>
#include <vector>

namespace trato {

class Database;

// Finds the record an imported row duplicates among the rows created earlier in the same file and,
// for big imports, among the records already in the database (small imports ask DuplicateFinder
// instead, see Importer). The keys are core/dedupe's MatchKeys, strongest first: each email;
// personal phone numbers (mobile, home; MatchKeys::phoneBucket in the user's region) — a company
// switchboard shared by many contacts is not a key; the tax id; the name (MatchKeys::name, word
// order, accents and case ignored) together with the company (the account id, or
// MatchKeys::company of a company name). Keys are kept as 64-bit hashes so a million-row file
// costs tens of MB, not hundreds.
class ImportMatcher
{
public:
    ImportMatcher(const Entity &entity, const QString &phoneRegion);

    // The keys of a record given its values in storage form.
    QList<quint64> keys(const QVariantMap &values) const;
    // The same, the values given by a function of the field name (null: no value). Thread-safe.
    QList<quint64> keys(const std::function<QVariant(const QString &field)> &value) const;
    // Reads the keys of every active record of the entity (one scan).
    Status loadExisting(Database &db);
    // The rid of a matching record (existing or added), or 0.
    qint64 find(const QList<quint64> &keys) const;
    void add(const QList<quint64> &keys, qint64 rid);
    // add() right after find() returned 0 for these keys: none is there yet, no need to look.
    void addNew(const QList<quint64> &keys, qint64 rid);
    bool empty() const { return m_index.isEmpty(); }

private:
    const Entity &m_entity;
    QString m_region;
    QStringList m_emailFields, m_phoneFields;
    QString m_companyField;
    bool m_hasTaxId = false;
    // 64-bit key -> rid, open addressing with linear probing: one cache line per lookup, where a
    // QHash of a few million keys cost the importing thread a fifth of its time.
    class KeyIndex
    {
    public:
        qint64 value(quint64 key) const; // 0: absent (rids start at 1)
        void insert(quint64 key, qint64 rid); // replaces
        bool isEmpty() const { return m_size == 0; }

    private:
        struct Slot
        {
            quint64 key = 0; // 0: empty (a key that is 0 is stored as 1)
            qint64 rid = 0;
        };
        size_t slotOf(quint64 key) const { return size_t((key * 0x9E3779B97F4A7C15ull) >> (64 - m_bits)); }
        void grow();
        std::vector<Slot> m_slots;
        size_t m_size = 0;
        int m_bits = 0;
    };
    KeyIndex m_index;
};

} // namespace trato
