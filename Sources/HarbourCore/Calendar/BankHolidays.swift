/// Bank holidays in England and Wales. The years GOV.UK has published come from its list,
/// one-off days included (jubilees, the 2022 state funeral, the 2023 coronation, the moved
/// May holidays of 2012, 2020 and 2022); other years follow the standing rules of the Banking
/// and Financial Dealings Act 1971 and royal proclamation: New Year's Day, Good Friday, Easter
/// Monday, the first and last Mondays of May, the last Monday of August, Christmas Day and
/// Boxing Day, with substitute weekdays for those that fall at a weekend.
public struct BankHoliday: Sendable, Hashable, Codable {
    public let day: Day
    public let name: String

    public init(day: Day, name: String) {
        self.day = day
        self.name = name
    }
}

public enum EnglandAndWalesBankHolidays {
    /// The years covered by the published list below.
    public static let publishedYears = 2010...2030

    /// Every bank holiday in `year`: the published list where it covers the year, the standing rules otherwise.
    public static func holidays(in year: Int) -> [BankHoliday] {
        publishedYears.contains(year) ? published.filter { $0.day.year == year } : byRule(year: year)
    }

    /// The holidays the standing rules give for `year`, with no one-off changes.
    public static func byRule(year: Int) -> [BankHoliday] {
        var days = [BankHoliday]()
        let newYear = Day(year: year, month: 1, day: 1)!
        days.append(substituted(newYear, name: "New Year's Day"))
        let easter = easterSunday(year)
        days.append(BankHoliday(day: easter.adding(days: -2), name: "Good Friday"))
        days.append(BankHoliday(day: easter.adding(days: 1), name: "Easter Monday"))
        days.append(BankHoliday(day: firstMonday(year, 5), name: "Early May bank holiday"))
        days.append(BankHoliday(day: lastMonday(year, 5), name: "Spring bank holiday"))
        days.append(BankHoliday(day: lastMonday(year, 8), name: "Summer bank holiday"))
        let christmas = Day(year: year, month: 12, day: 25)!
        let boxing = Day(year: year, month: 12, day: 26)!
        switch christmas.isoWeekday {
        case 5: // Friday: Boxing Day on Saturday moves to Monday 28th.
            days.append(BankHoliday(day: christmas, name: "Christmas Day"))
            days.append(BankHoliday(day: boxing.adding(days: 2), name: "Boxing Day (substitute day)"))
        case 6: // Saturday: Christmas moves to Monday 27th, Boxing Day to Tuesday 28th.
            days.append(BankHoliday(day: christmas.adding(days: 2), name: "Christmas Day (substitute day)"))
            days.append(BankHoliday(day: boxing.adding(days: 2), name: "Boxing Day (substitute day)"))
        case 7: // Sunday: Boxing Day stays on Monday 26th; Christmas moves to Tuesday 27th.
            days.append(BankHoliday(day: boxing, name: "Boxing Day"))
            days.append(BankHoliday(day: christmas.adding(days: 2), name: "Christmas Day (substitute day)"))
        default:
            days.append(BankHoliday(day: christmas, name: "Christmas Day"))
            days.append(BankHoliday(day: boxing, name: "Boxing Day"))
        }
        return days.sorted { $0.day < $1.day }
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
    public static func easterSunday(_ year: Int) -> Day {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)!
    }

    static func substituted(_ day: Day, name: String) -> BankHoliday {
        switch day.isoWeekday {
        case 6: BankHoliday(day: day.adding(days: 2), name: name + " (substitute day)")
        case 7: BankHoliday(day: day.adding(days: 1), name: name + " (substitute day)")
        default: BankHoliday(day: day, name: name)
        }
    }

    static func firstMonday(_ year: Int, _ month: Int) -> Day {
        let first = Day(year: year, month: month, day: 1)!
        return first.adding(days: (8 - first.isoWeekday) % 7)
    }

    static func lastMonday(_ year: Int, _ month: Int) -> Day {
        let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
        return last.adding(days: -((last.isoWeekday - 1) % 7))
    }

    /// GOV.UK's list for England and Wales, 2010 to 2030.
    public static let published: [BankHoliday] = [
        BankHoliday(day: Day(year: 2010, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2010, month: 4, day: 2)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2010, month: 4, day: 5)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2010, month: 5, day: 3)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2010, month: 5, day: 31)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2010, month: 8, day: 30)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2010, month: 12, day: 27)!, name: "Christmas Day (substitute day)"),
        BankHoliday(day: Day(year: 2010, month: 12, day: 28)!, name: "Boxing Day (substitute day)"),
        BankHoliday(day: Day(year: 2011, month: 1, day: 3)!, name: "New Year's Day (substitute day)"),
        BankHoliday(day: Day(year: 2011, month: 4, day: 22)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2011, month: 4, day: 25)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2011, month: 4, day: 29)!, name: "Royal wedding (Prince William and Catherine Middleton)"),
        BankHoliday(day: Day(year: 2011, month: 5, day: 2)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2011, month: 5, day: 30)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2011, month: 8, day: 29)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2011, month: 12, day: 26)!, name: "Boxing Day"),
        BankHoliday(day: Day(year: 2011, month: 12, day: 27)!, name: "Christmas Day (substitute day)"),
        BankHoliday(day: Day(year: 2012, month: 1, day: 2)!, name: "New Year's Day (substitute day)"),
        BankHoliday(day: Day(year: 2012, month: 4, day: 6)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2012, month: 4, day: 9)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2012, month: 5, day: 7)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2012, month: 6, day: 4)!, name: "Spring bank holiday (moved from 28 May)"),
        BankHoliday(day: Day(year: 2012, month: 6, day: 5)!, name: "Queen's Diamond Jubilee"),
        BankHoliday(day: Day(year: 2012, month: 8, day: 27)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2012, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2012, month: 12, day: 26)!, name: "Boxing Day"),
        BankHoliday(day: Day(year: 2013, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2013, month: 3, day: 29)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2013, month: 4, day: 1)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2013, month: 5, day: 6)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2013, month: 5, day: 27)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2013, month: 8, day: 26)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2013, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2013, month: 12, day: 26)!, name: "Boxing Day"),
        BankHoliday(day: Day(year: 2014, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2014, month: 4, day: 18)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2014, month: 4, day: 21)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2014, month: 5, day: 5)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2014, month: 5, day: 26)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2014, month: 8, day: 25)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2014, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2014, month: 12, day: 26)!, name: "Boxing Day"),
        BankHoliday(day: Day(year: 2015, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2015, month: 4, day: 3)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2015, month: 4, day: 6)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2015, month: 5, day: 4)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2015, month: 5, day: 25)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2015, month: 8, day: 31)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2015, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2015, month: 12, day: 28)!, name: "Boxing Day (substitute day)"),
        BankHoliday(day: Day(year: 2016, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2016, month: 3, day: 25)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2016, month: 3, day: 28)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2016, month: 5, day: 2)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2016, month: 5, day: 30)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2016, month: 8, day: 29)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2016, month: 12, day: 26)!, name: "Boxing Day"),
        BankHoliday(day: Day(year: 2016, month: 12, day: 27)!, name: "Christmas Day (substitute day)"),
        BankHoliday(day: Day(year: 2017, month: 1, day: 2)!, name: "New Year's Day (substitute day)"),
        BankHoliday(day: Day(year: 2017, month: 4, day: 14)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2017, month: 4, day: 17)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2017, month: 5, day: 1)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2017, month: 5, day: 29)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2017, month: 8, day: 28)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2017, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2017, month: 12, day: 26)!, name: "Boxing Day"),
        BankHoliday(day: Day(year: 2018, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2018, month: 3, day: 30)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2018, month: 4, day: 2)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2018, month: 5, day: 7)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2018, month: 5, day: 28)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2018, month: 8, day: 27)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2018, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2018, month: 12, day: 26)!, name: "Boxing Day"),
        BankHoliday(day: Day(year: 2019, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2019, month: 4, day: 19)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2019, month: 4, day: 22)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2019, month: 5, day: 6)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2019, month: 5, day: 27)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2019, month: 8, day: 26)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2019, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2019, month: 12, day: 26)!, name: "Boxing Day"),
        BankHoliday(day: Day(year: 2020, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2020, month: 4, day: 10)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2020, month: 4, day: 13)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2020, month: 5, day: 8)!, name: "Early May bank holiday (VE Day, moved from 4 May)"),
        BankHoliday(day: Day(year: 2020, month: 5, day: 25)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2020, month: 8, day: 31)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2020, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2020, month: 12, day: 28)!, name: "Boxing Day (substitute day)"),
        BankHoliday(day: Day(year: 2021, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2021, month: 4, day: 2)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2021, month: 4, day: 5)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2021, month: 5, day: 3)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2021, month: 5, day: 31)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2021, month: 8, day: 30)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2021, month: 12, day: 27)!, name: "Christmas Day (substitute day)"),
        BankHoliday(day: Day(year: 2021, month: 12, day: 28)!, name: "Boxing Day (substitute day)"),
        BankHoliday(day: Day(year: 2022, month: 1, day: 3)!, name: "New Year's Day (substitute day)"),
        BankHoliday(day: Day(year: 2022, month: 4, day: 15)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2022, month: 4, day: 18)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2022, month: 5, day: 2)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2022, month: 6, day: 2)!, name: "Spring bank holiday (moved from 30 May)"),
        BankHoliday(day: Day(year: 2022, month: 6, day: 3)!, name: "Platinum Jubilee bank holiday"),
        BankHoliday(day: Day(year: 2022, month: 8, day: 29)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2022, month: 9, day: 19)!, name: "Bank holiday for the State Funeral of Queen Elizabeth II"),
        BankHoliday(day: Day(year: 2022, month: 12, day: 26)!, name: "Boxing Day"),
        BankHoliday(day: Day(year: 2022, month: 12, day: 27)!, name: "Christmas Day (substitute day)"),
        BankHoliday(day: Day(year: 2023, month: 1, day: 2)!, name: "New Year's Day (substitute day)"),
        BankHoliday(day: Day(year: 2023, month: 4, day: 7)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2023, month: 4, day: 10)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2023, month: 5, day: 1)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2023, month: 5, day: 8)!, name: "Bank holiday for the coronation of King Charles III"),
        BankHoliday(day: Day(year: 2023, month: 5, day: 29)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2023, month: 8, day: 28)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2023, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2023, month: 12, day: 26)!, name: "Boxing Day"),
        BankHoliday(day: Day(year: 2024, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2024, month: 3, day: 29)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2024, month: 4, day: 1)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2024, month: 5, day: 6)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2024, month: 5, day: 27)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2024, month: 8, day: 26)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2024, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2024, month: 12, day: 26)!, name: "Boxing Day"),
        BankHoliday(day: Day(year: 2025, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2025, month: 4, day: 18)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2025, month: 4, day: 21)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2025, month: 5, day: 5)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2025, month: 5, day: 26)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2025, month: 8, day: 25)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2025, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2025, month: 12, day: 26)!, name: "Boxing Day"),
        BankHoliday(day: Day(year: 2026, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2026, month: 4, day: 3)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2026, month: 4, day: 6)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2026, month: 5, day: 4)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2026, month: 5, day: 25)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2026, month: 8, day: 31)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2026, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2026, month: 12, day: 28)!, name: "Boxing Day (substitute day)"),
        BankHoliday(day: Day(year: 2027, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2027, month: 3, day: 26)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2027, month: 3, day: 29)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2027, month: 5, day: 3)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2027, month: 5, day: 31)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2027, month: 8, day: 30)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2027, month: 12, day: 27)!, name: "Christmas Day (substitute day)"),
        BankHoliday(day: Day(year: 2027, month: 12, day: 28)!, name: "Boxing Day (substitute day)"),
        BankHoliday(day: Day(year: 2028, month: 1, day: 3)!, name: "New Year's Day (substitute day)"),
        BankHoliday(day: Day(year: 2028, month: 4, day: 14)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2028, month: 4, day: 17)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2028, month: 5, day: 1)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2028, month: 5, day: 29)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2028, month: 8, day: 28)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2028, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2028, month: 12, day: 26)!, name: "Boxing Day"),
        BankHoliday(day: Day(year: 2029, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2029, month: 3, day: 30)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2029, month: 4, day: 2)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2029, month: 5, day: 7)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2029, month: 5, day: 28)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2029, month: 8, day: 27)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2029, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2029, month: 12, day: 26)!, name: "Boxing Day"),
        BankHoliday(day: Day(year: 2030, month: 1, day: 1)!, name: "New Year's Day"),
        BankHoliday(day: Day(year: 2030, month: 4, day: 19)!, name: "Good Friday"),
        BankHoliday(day: Day(year: 2030, month: 4, day: 22)!, name: "Easter Monday"),
        BankHoliday(day: Day(year: 2030, month: 5, day: 6)!, name: "Early May bank holiday"),
        BankHoliday(day: Day(year: 2030, month: 5, day: 27)!, name: "Spring bank holiday"),
        BankHoliday(day: Day(year: 2030, month: 8, day: 26)!, name: "Summer bank holiday"),
        BankHoliday(day: Day(year: 2030, month: 12, day: 25)!, name: "Christmas Day"),
        BankHoliday(day: Day(year: 2030, month: 12, day: 26)!, name: "Boxing Day"),
    ]
}
