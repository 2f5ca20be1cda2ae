// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the importer (importer.cpp): the rows of a file as the bulk path reads them, on a
// second thread when there is one.

#include "importsource.h"

#include "../store/bulkwriter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace trato::importdetail {

// A data row as read and checked off the database thread: its cells, the values parsed as their
// fields' types (a relation still holds its text), what was wrong, and its duplicate keys when they
// need no database (no relation column is mapped).
struct PreparedRow
{
    struct Problem
    {
        int order;          // where it goes among the row's messages: -1 first, else its column
        int column;
        QString field;
        QString message;
    };
    qint64 line = 0;
    qint64 bytesRead = 0;
    QStringList cells;
    QVariantList byColumn;  // per column of the file: its parsed value (null: none)
    std::vector<char> present; // the column had a value (even one that parsed to null)
    QList<Problem> problems;
    QList<quint64> keys;
    bool keysReady = false;
    BulkRow insertRow;      // bulk: the INSERT's values, id included
    bool checked = false;   // required fields checked already

    // Empty again, keeping the buffers (rows are recycled batch after batch).
    void reset()
    {
        line = bytesRead = 0;
        cells.clear();
        for (auto &v : byColumn)
            v = QVariant();
        std::fill(present.begin(), present.end(), char(0));
        problems.clear();
        keys.clear();
        keysReady = checked = false;
        insertRow.clear();
    }
};

// Reads and prepares the rows of an import. Threaded (the bulk path), a second thread reads the
// file, parses every cell and computes the duplicate keys in batches, while the caller's thread
// resolves relations, matches and inserts: the two halves cost about the same, and the machine
// the import runs on has at least two cores. Otherwise the rows are prepared on the caller's thread.
class RowFeed
{
public:
    using Prepare = std::function<bool(const QStringList &cells, PreparedRow *row)>; // false: a blank row

    RowFeed(ImportSource &src, qint64 maxRows, Prepare prepare, bool threaded, bool keepCells)
        : m_src(src)
        , m_keepCells(keepCells)
        , m_maxRows(maxRows)
        , m_prepare(std::move(prepare))
        , m_threaded(threaded)
    {
        if (m_threaded)
            m_thread = std::thread([this] { produce(); });
    }
    ~RowFeed() { stop(); }
    RowFeed(const RowFeed &) = delete;
    RowFeed &operator=(const RowFeed &) = delete;

    // The next row, valid until the next call. Rows are handed back to the reading thread to be
    // freed there: memory freed by the thread that did not allocate it costs glibc a lock per block.
    PreparedRow *next()
    {
        if (!m_threaded)
            return readOne(&m_single) ? &m_single : nullptr;
        if (m_pos >= m_batch.size()) {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (!m_batch.empty())
                m_spent.push_back(std::move(m_batch));
            m_batch = {};
            m_pos = 0;
            m_ready.wait(lock, [this] { return !m_queue.empty() || m_done; });
            if (m_queue.empty())
                return nullptr;
            m_batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_space.notify_one();
        }
        if (m_pos >= m_batch.size())
            return nullptr;
        return &m_batch[m_pos++];
    }
    // Ends the reading thread; afterwards the source may be asked for its status and warnings.
    void stop()
    {
        if (!m_thread.joinable())
            return;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_space.notify_all();
        m_thread.join();
    }

private:
    bool readOne(PreparedRow *row)
    {
        QStringList cells;
        qint64 line = 0;
        while ((m_maxRows < 0 || m_rows < m_maxRows) && m_src.next(&cells, &line)) {
            row->reset();
            row->line = line;
            if (!m_prepare(cells, row))
                continue;
            row->bytesRead = m_src.bytesRead();
            if (m_keepCells || !row->problems.isEmpty())
                row->cells = std::move(cells);
            ++m_rows;
            return true;
        }
        return false;
    }
    void produce()
    {
        static constexpr size_t kBatch = 512, kQueued = 16;
        // Batches come back from the consumer and are filled again: their rows' buffers are reused
        // and nothing is freed by a thread that did not allocate it.
        std::vector<PreparedRow> batch;
        size_t filled = 0;
        std::deque<std::vector<PreparedRow>> spent;
        auto hand = [&]() {
            batch.resize(filled);
            std::unique_lock<std::mutex> lock(m_mutex);
            m_space.wait(lock, [this] { return m_queue.size() < kQueued || m_stop; });
            if (m_stop)
                return false;
            m_queue.push_back(std::move(batch));
            m_ready.notify_one();
            for (auto &b : m_spent)
                spent.push_back(std::move(b));
            m_spent.clear();
            lock.unlock();
            batch = {};
            if (!spent.empty()) {
                batch = std::move(spent.front());
                spent.pop_front();
            }
            filled = 0;
            return true;
        };
        bool more = true;
        while (more) {
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                if (m_stop)
                    break;
            }
            if (batch.size() <= filled)
                batch.emplace_back();
            more = readOne(&batch[filled]);
            if (more)
                ++filled;
            if ((filled >= kBatch || (!more && filled > 0)) && !hand())
                break;
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
        m_ready.notify_all();
    }

    ImportSource &m_src;
    bool m_keepCells;
    qint64 m_maxRows;
    qint64 m_rows = 0;
    Prepare m_prepare;
    bool m_threaded;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<std::vector<PreparedRow>> m_queue, m_spent;
    bool m_done = false, m_stop = false;
    std::vector<PreparedRow> m_batch;
    size_t m_pos = 0;
    PreparedRow m_single;
};

} // namespace trato::importdetail
