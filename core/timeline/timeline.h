// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace trato {

class Database;
class Registry;

// One line of a record's timeline: an activity, a note, a group of field changes made in one
// write, the record's creation, a merge or conversion, a campaign membership...
struct TimelineEntry
{
    QString kind;          // the source's kind: activity, note, change, event, campaign, ...
    QString at;            // ISO UTC "yyyy-MM-ddTHH:mm:ssZ": when it happened (or is due)
    QString key;           // unique within the timeline; orders entries of the same second
    QString user;          // who did it or is assigned to it; empty: outside Trato / nobody
    QString title;         // one line: "Call: Discuss the offer", "Status: New → Contacted; Rating: → Hot"
    QString text;          // more text: a note's body, an activity's outcome notes
    QString subkind;       // activity: call/meeting/visit/task; event: insert/bulk/merge/...; change: trash
    QString status;        // activity: its status key
    bool open = false;     // activity: neither completed nor cancelled (can be completed)
    QString recordEntity;  // what the entry opens (activity, note, campaign); empty: nothing
    QString recordId;
    QString via;           // an account's timeline: the contact an activity or note is about
};

// What to read. Entries come newest first; `after` is the cursor of the previous page
// (TimelinePage::next) and the page holds entries strictly older than it.
struct TimelineQuery
{
    QString entity;
    QString id;
    QStringList kinds;     // empty: every kind
    QString search;        // every word must appear (accents and case ignored)
    QDate from;            // UTC days, inclusive; invalid: unbounded
    QDate to;
    int limit = 50;
    QString after;
};

struct TimelinePage
{
    QList<TimelineEntry> entries;
    QString next;          // cursor for the following page; empty when there is none
};

// Where a source's entries are offered: it applies the cursor, the date range and the search, and
// tells the source when the page is full. Sources offer entries newest first.
class TimelineSink
{
public:
    TimelineSink(const TimelineQuery &query, int wanted);
    // Returns false once enough entries were taken: the source stops reading.
    bool offer(TimelineEntry entry);
    // Bounds for a source's SQL on its time column (ISO text), derived from the cursor and range;
    // empty: unbounded. Entries outside them are dropped anyway.
    QString atMost() const { return m_atMost; }
    QString atLeast() const { return m_atLeast; }
    QList<TimelineEntry> take() { return std::move(m_entries); }

private:
    QStringList m_words;
    QString m_afterAt;
    QString m_afterKey;
    QString m_atMost;
    QString m_atLeast;
    int m_wanted;
    QList<TimelineEntry> m_entries;
};

// A kind of entry: built-in ones are activities, notes, changes, events (creation, bulk creation,
// merges, conversions) and campaign memberships; later modules (opportunities, tickets, orders,
// mails, documents) add theirs with TimelineSources::add without touching the timeline.
class TimelineSource
{
public:
    virtual ~TimelineSource() = default;
    virtual QString kind() const = 0;
    virtual QString label() const = 0; // translated, plural: "Activities"
    virtual bool appliesTo(const Registry &registry, const QString &entity) const = 0;
    // Offers the record's entries newest first until the sink is full. Runs on any thread with
    // that thread's connection.
    virtual Status fetch(Database &db, const TimelineQuery &query, TimelineSink &sink) const = 0;
};

namespace TimelineSources {
void add(std::shared_ptr<const TimelineSource> source); // a kind already registered is ignored
void remove(const QString &kind);
QList<std::shared_ptr<const TimelineSource>> all();
QStringList kinds();
} // namespace TimelineSources

// One chronology for a record: merges every applicable source's entries, newest first, one page at
// a time (keyset: each source reads only what is older than the cursor). Read only.
namespace Timeline {
Result<TimelinePage> page(Database &db, const TimelineQuery &query);
// The entries of a change group as text, e.g. for a field: "Status: New → Contacted".
// Exposed for tests and other modules that describe changes the same way.
QString describeChange(Database &db, const QString &entity, const QString &field, const QVariant &oldValue,
                       const QVariant &newValue);
// Folds text for searching: accents folded, lower case.
QString fold(const QString &text);
} // namespace Timeline

} // namespace trato
