// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;

namespace trato {

class Database;
class DemoLoader;

// The Home page: a welcome, how many records of each kind the database holds (counted off the GUI
// thread) and, while the database is empty, the offer to load demo data or start empty.
class HomeView : public QWidget
{
    Q_OBJECT
public:
    explicit HomeView(Database &db, QWidget *parent = nullptr);

    bool isDemoOfferVisible() const;
    // The counts of the last completed count, by entity name (-1 = not counted yet).
    qint64 count(const QString &entity) const { return m_counts.value(entity, -1); }
    void loadDemoData(qint64 contacts);
    // For Home's sections (My day): asks the main window to open a record.
    void requestOpenRecord(const QString &entity, const QString &id) { Q_EMIT openRecordRequested(entity, id); }

Q_SIGNALS:
    void openEntityRequested(const QString &entity);
    void openRecordRequested(const QString &entity, const QString &id);
    void message(const QString &text);
    void countsUpdated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void recount();
    void showCounts(const QList<QPair<QString, qint64>> &counts);
    void declineDemo();

    Database &m_db;
    QGridLayout *m_cards;
    QHash<QString, QLabel *> m_countLabels;
    QHash<QString, qint64> m_counts;
    QFrame *m_demoOffer;
    QComboBox *m_demoSize;
    QPushButton *m_loadDemo;
    QPushButton *m_startEmpty;
    DemoLoader *m_loader;
    QTimer m_recount;
    bool m_counting = false;
    bool m_recountAgain = false;
    bool m_countsStale = true;
};

} // namespace trato
