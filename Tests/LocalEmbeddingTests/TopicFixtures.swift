/// Paragraphs on unrelated topics and, for each, a question a user might ask about it.
enum TopicFixtures {
    static let paragraphs = [
        // 0 volcanoes
        """
        A volcano forms where molten rock, called magma, rises from the mantle through cracks in the crust. \
        When pressure from dissolved gases builds up, the volcano erupts, sending lava flows, ash clouds and \
        pyroclastic flows down its slopes. Stratovolcanoes such as Mount Fuji are built from layers of hardened \
        lava and ash, while shield volcanoes in Hawaii have gentle slopes made by runny basaltic lava.
        """,
        // 1 sourdough
        """
        Sourdough bread is leavened by a starter, a culture of wild yeast and lactic acid bacteria kept alive \
        with regular feedings of flour and water. Bakers mix the starter into the dough, let it ferment slowly \
        for many hours, shape the loaf, and bake it in a very hot oven, often inside a Dutch oven, to get an \
        open crumb and a crisp, blistered crust with a tangy flavour.
        """,
        // 2 TCP congestion control
        """
        TCP congestion control keeps senders from overwhelming the network. A sender grows its congestion \
        window during slow start, then increases it linearly in congestion avoidance; when packets are lost \
        or duplicate acknowledgements arrive, it cuts the window and retransmits. Algorithms such as Reno, \
        CUBIC and BBR differ in how they estimate available bandwidth and round-trip time.
        """,
        // 3 chess openings
        """
        Chess openings are the first moves of a game, where players develop knights and bishops, fight for \
        the centre squares and castle the king to safety. The Sicilian Defence answers e4 with c5, the \
        Queen's Gambit offers a pawn on c4, and the Ruy Lopez pins the knight with the bishop. Grandmasters \
        memorise long lines of opening theory.
        """,
        // 4 honeybees
        """
        Honeybees live in colonies with one queen, thousands of female worker bees and a few male drones. \
        Workers forage for nectar and pollen from flowers, communicate the location of food with the waggle \
        dance, and store honey in wax combs inside the hive. The queen lays the eggs, and the colony swarms \
        to reproduce when the hive gets crowded.
        """,
        // 5 tax law
        """
        Tax law decides how income, property and sales are taxed. Taxpayers file an annual return declaring \
        their income, claim deductions and credits allowed by the statute, and pay the tax owed to the revenue \
        authority. Disputes about an assessment go to a tax court, and penalties apply to late filing or \
        evasion.
        """,
        // 6 photosynthesis
        """
        Photosynthesis lets plants turn light into chemical energy. Chlorophyll in the chloroplasts of leaves \
        absorbs sunlight, and the plant uses that energy to combine carbon dioxide from the air with water \
        from its roots, producing glucose and releasing oxygen as a by-product.
        """,
        // 7 orbital mechanics
        """
        A satellite stays in orbit because it falls around the Earth: gravity bends its path while its \
        horizontal speed carries it past the horizon. Rockets change orbit by burning their engines; a \
        Hohmann transfer uses two burns to move a spacecraft between circular orbits, and higher orbits have \
        longer periods.
        """,
    ]

    static let queries = [
        "why do volcanoes erupt lava and ash",
        "how do I bake sourdough bread with a starter",
        "how does TCP handle congestion on the network",
        "best chess opening moves like the Sicilian",
        "how do honeybees in a hive find flowers",
        "how do I file my income tax return and deductions",
        "how do plants make energy from sunlight",
        "how does a satellite stay in orbit around the earth",
    ]
}
