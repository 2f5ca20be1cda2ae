// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace trato {

class Database;
class RecordListView;

// A quick filter under the contact and account lists: "Not reached in [30] days" narrows the list
// to records whose last activity is older than that (do-not-call contacts left out). It adds its
// own conditions to the list's and leaves the others (a segment's, the filter editor's) alone.
// Records never reached at all are in `trato-cli cooling` and Home's list, not here: a list
// condition cannot ask whether an activity is about a record.
class CoolingFilter : public QWidget
{
    Q_OBJECT
public:
    CoolingFilter(Database &db, RecordListView *list, QWidget *parent = nullptr);
    QCheckBox *toggle() const { return m_toggle; }
    QSpinBox *days() const { return m_days; }

private:
    void apply();

    RecordListView *m_list;
    QCheckBox *m_toggle;
    QSpinBox *m_days;
    bool m_hasDoNotCall = false;
};

} // namespace trato
