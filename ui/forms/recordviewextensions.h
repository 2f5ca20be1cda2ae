// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

namespace trato {

class Database;

// A piece a module adds to the record view of one entity (a campaign's Members tab, a contact's
// header card, an "Add to campaign…" button), so the generic RecordView stays generic. The view
// tells each part which record is open; parts that read big tables do so off the GUI thread.
class RecordViewPart : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    // Empty id: a new record that is not saved yet.
    virtual void setRecordId(const QString &id) = 0;

Q_SIGNALS:
    void openRequested(const QString &entity, const QString &id);
    void message(const QString &text);
};

// Where modules register their parts (ui/marketing/marketingviews.cpp and the like). A Tab part's
// windowTitle() is its tab label.
namespace RecordViewExtensions {
enum class Place { Header, Tab, Action };
using Factory = std::function<RecordViewPart *(Database &db)>;
struct Extension
{
    QString entity;
    Place place;
    Factory factory;
};
void add(const QString &entity, Place place, Factory factory);
QList<Extension> forEntity(const QString &entity);
} // namespace RecordViewExtensions

} // namespace trato
